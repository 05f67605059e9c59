"""404, 403 and 500 pages in Chinese with DEBUG off (Django's own are English and, with DEBUG on, list the URLs)."""
from __future__ import annotations

import pytest
from django.test import Client

from .test_pages_chinese import english_on_page, visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def no_debug(settings):
    settings.DEBUG = False
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return settings


def test_404_is_chinese_without_url_patterns(no_debug, django_user_model):
    c = Client()
    c.force_login(django_user_model.objects.create_superuser("someone", password="pw-for-tests-1"))
    for url in ("/no-such-page/", "/documents/999999/", "/supervision/items/999999/"):
        r = c.get(url)
        assert r.status_code == 404, url
        html = r.content.decode()
        text = visible_text(html)
        assert "页面不存在" in text and "返回首页" in text
        assert "Page not found" not in html and "URLconf" not in html and "urlpatterns" not in html
        assert english_on_page(html, {"someone"}) == []


def test_404_for_anonymous_visitors(no_debug):
    r = Client().get("/no-such-page/")
    assert r.status_code == 404 and "页面不存在" in r.content.decode()


def test_403_is_chinese(no_debug, django_user_model):
    """A bare account (no unit, no role) asking for a supervision page: refused in words."""
    c = Client()
    c.force_login(django_user_model.objects.create_user("bare", password="pw-for-tests-1"))
    r = c.get("/supervision/")
    assert r.status_code == 403
    text = visible_text(r.content.decode())
    assert "无权访问" in text and "账号未分配单位和角色" in text


def test_500_is_chinese_and_shows_no_traceback(no_debug):
    no_debug.ROOT_URLCONF = "web.urls_boom"
    c = Client(raise_request_exception=False)
    r = c.get("/boom/")
    assert r.status_code == 500
    html = r.content.decode()
    assert "系统出错" in html and "RuntimeError" not in html and "Traceback" not in html
    assert english_on_page(html) == []


def test_csrf_failure_is_chinese(no_debug, django_user_model):
    c = Client(enforce_csrf_checks=True)
    c.force_login(django_user_model.objects.create_superuser("root", password="pw-for-tests-1"))
    r = c.post("/accounts/logout/")
    assert r.status_code == 403
    html = r.content.decode()
    assert "表单已失效" in html and "CSRF" not in html
