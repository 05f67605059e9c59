"""Signals the ledger sends, so apps built on it (supervision) can react without the ledger importing them.

document_stored(sender=Document, document=doc): a document and all its rows are committed (ingest).
documents_stored(sender=Document, documents=[doc, ...]): a batch of documents is committed (bulk ingest, once per
batch, the documents in order of publication); an app that reacts to document_stored listens to this too.
"""
from django.dispatch import Signal

document_stored = Signal()
documents_stored = Signal()
