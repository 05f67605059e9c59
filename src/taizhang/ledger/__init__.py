"""taizhang.ledger: documents, their extractions and the grounded ledger (targets, actuals, projects, tasks).

Modules (data in, data out where possible):
  models       rows; every extracted row keeps document + offsets and the machine's values in ``extracted``
  canon        indicators/synonyms, units, regions from the gazetteer (on demand), periods, task heuristics
  ingest       file → extraction → rows, one transaction per document, idempotent by sha256
  linking      actuals ↔ targets (gap), restatements (lowered / deadline_moved), project timelines (not_mentioned)
  review       accept / correct / reject items; confirm / change / break machine links
  searchindex  character-bigram postings: substring search that finds two-character words on SQLite and PostgreSQL
  query        list specs shared by the pages, JSON, exports and the OpenAPI document
  highlight    document text → escaped HTML with nested spans
  exports      CSV / XLSX of any filtered list, Parquet of the whole ledger
  api/openapi  the API description (/api/openapi.json)
  cli          taizhang ingest | serve | demo | export
"""
