"""taizhang (台账): a supervision ledger built from the documents themselves.

Layers, dependencies pointing one way:  extract ← ledger ← supervision ← web.
"""
__version__ = "0.1.0"
