"""Signals the ledger sends, so apps built on it (supervision) can react without the ledger importing them.

document_stored(sender=Document, document=doc): a document and all its rows are committed (ingest).
"""
from django.dispatch import Signal

document_stored = Signal()
