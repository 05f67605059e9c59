"""Signals the ledger sends, so apps built on it (supervision) can react without the ledger importing them.

document_stored(sender=Document, document=doc): a document and all its rows are committed (ingest; bulk ingest
sends it for each document of a batch once the batch is committed).
"""
from django.dispatch import Signal

document_stored = Signal()
