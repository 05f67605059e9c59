"""Login throttling: after MAX_FAILURES failed logins for one username from one IP within WINDOW,
that pair is locked for LOCKOUT.  Failures are counted from Django's user_login_failed signal; the lock is
enforced by ThrottledModelBackend, which refuses before checking the password (so a locked account cannot
be probed), then falls back to ModelBackend."""
from __future__ import annotations

from datetime import timedelta

from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied
from django.utils import timezone

MAX_FAILURES = 5
WINDOW = timedelta(minutes=15)
LOCKOUT = timedelta(minutes=15)
BACKEND = "taizhang.supervision.auth.ThrottledModelBackend"


def client_ip(request) -> str:
    return (request.META.get("REMOTE_ADDR") or "") if request is not None else ""


def is_locked(username: str, ip: str, now=None) -> bool:
    from .models import LoginFailure
    now = now or timezone.now()
    recent = LoginFailure.objects.filter(username=username, ip=ip, at__gte=now - max(WINDOW, LOCKOUT))
    times = sorted(recent.values_list("at", flat=True))
    # locked if some run of MAX_FAILURES failures inside WINDOW ended less than LOCKOUT ago
    for k in range(MAX_FAILURES - 1, len(times)):
        if times[k] - times[k - MAX_FAILURES + 1] <= WINDOW and now - times[k] < LOCKOUT:
            return True
    return False


class ThrottledModelBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is not None and is_locked(username, client_ip(request)):
            raise PermissionDenied("too many failed logins")
        return super().authenticate(request, username=username, password=password, **kwargs)


def on_login_failed(sender, credentials, request=None, **kwargs) -> None:
    from .models import LoginFailure
    username = (credentials or {}).get("username")
    if username:
        LoginFailure.objects.create(username=username[:150], ip=client_ip(request))


def on_logged_in(sender, request, user, **kwargs) -> None:
    from .models import LoginFailure
    LoginFailure.objects.filter(username=user.get_username(), ip=client_ip(request)).delete()
