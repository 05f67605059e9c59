"""A cap on the size of a request body, checked before Django reads any of it.

Django's own limits (DATA_UPLOAD_MAX_MEMORY_SIZE) count form fields only; file parts stream to disk above
FILE_UPLOAD_MAX_MEMORY_SIZE but are accepted whatever their size, so a 300 MB upload is written out in full
before a view can refuse it.  This middleware refuses such a request from its Content-Length header, and a
request body without a length (chunked) outright: the browser forms of the site always send one.
"""
from __future__ import annotations

from django.conf import settings
from django.http import HttpResponse


def _refuse(status: int, text: str) -> HttpResponse:
    resp = HttpResponse(text, status=status, content_type="text/plain; charset=utf-8")
    resp["Connection"] = "close"  # the unread body must not be taken for the next request
    return resp


class RequestSizeLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limit = getattr(settings, "TAIZHANG_MAX_REQUEST_BYTES", 200 * 1024 * 1024)
        raw = request.META.get("CONTENT_LENGTH") or ""
        if raw:
            try:
                length = int(raw)
            except ValueError:
                return _refuse(400, "请求长度无效")
            if length < 0:
                return _refuse(400, "请求长度无效")
            if length > limit:
                return _refuse(413, f"上传内容过大（{length // (1024 * 1024)} MB，上限 {limit // (1024 * 1024)} MB）")
        elif "chunked" in request.META.get("HTTP_TRANSFER_ENCODING", "").lower():
            return _refuse(411, "请求须注明长度（Content-Length）")
        return self.get_response(request)


class QueryStringGuardMiddleware:
    """A NUL character in the query string is refused (400): no parameter of the site can hold one, and
    PostgreSQL refuses it in a query, which would make a harmless typo a server error."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        qs = request.META.get("QUERY_STRING", "")
        if "%00" in qs or "\x00" in qs:
            return _refuse(400, "请求参数无效")
        return self.get_response(request)
