"""taizhang.supervision: units, assignments, progress reports, inspections, rectification, notices, rankings."""
from django.apps import AppConfig


class SupervisionConfig(AppConfig):
    name = "taizhang.supervision"
    label = "supervision"
    verbose_name = "督查督办"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in, user_login_failed

        from . import auth

        user_login_failed.connect(auth.on_login_failed, dispatch_uid="supervision-login-failed")
        user_logged_in.connect(auth.on_logged_in, dispatch_uid="supervision-logged-in")

        from taizhang.ledger.signals import document_stored, documents_stored

        from . import proposals
        document_stored.connect(proposals.on_document_stored, dispatch_uid="supervision-proposals")
        documents_stored.connect(proposals.on_documents_stored, dispatch_uid="supervision-proposals-batch")
