"""The batching the driver of `taizhang extract --workers` and the bulk ingest share (distributed.chunked), the
driver's chunk plan over it, and the counts a run adds up from its chunks — without a Dask cluster."""
from __future__ import annotations

from pathlib import Path

import pytest

from taizhang.extract import distributed
from taizhang.extract.distributed import ChunkResult, Item, RunSummary, chunked, plan_chunks


def test_chunked_by_count_keeps_order_and_gives_the_rest_last():
    assert list(chunked(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(chunked(range(6), 3)) == [[0, 1, 2], [3, 4, 5]]
    assert list(chunked([], 3)) == []


def test_chunked_by_size_ends_a_list_once_the_sizes_reach_the_limit():
    sizes = [5, 5, 1, 9, 2, 20, 1]
    got = list(chunked(sizes, 100, size=lambda x: x, max_size=10))
    assert got == [[5, 5], [1, 9], [2, 20], [1]]  # an item over the limit ends its list, never splits
    assert list(chunked(sizes, 2, size=lambda x: x, max_size=100)) == [[5, 5], [1, 9], [2, 20], [1]]


def test_chunked_reads_lazily():
    read = []

    def items():
        for i in range(10):
            read.append(i)
            yield i

    it = chunked(items(), 4)
    assert next(it) == [0, 1, 2, 3]
    assert read == [0, 1, 2, 3]


@pytest.mark.parametrize("kwargs", [{"max_items": 0}, {"max_items": 2, "size": len},
                                    {"max_items": 2, "max_size": 5}, {"max_items": 2, "size": len, "max_size": 0}])
def test_chunked_refuses_limits_that_mean_nothing(kwargs):
    with pytest.raises(ValueError):
        list(chunked(["a"], **kwargs))


def test_a_run_adds_up_its_chunks_counts_and_keeps_its_own():
    s = RunSummary(skipped=2, workers=3)
    s.add(ChunkResult(part="p1", files=3, nbytes=300, documents=2, facts=7, projects=1, duplicates=1,
                      failures=[("a.txt", "坏文件")], stage_errors=1))
    s.add(ChunkResult(part="p2", files=1, nbytes=50, documents=1, facts=2, failures=[("b.txt", "读不出")]))
    assert (s.files, s.nbytes, s.documents, s.facts, s.projects, s.duplicates, s.stage_errors) == \
        (4, 350, 3, 9, 1, 1, 1)
    assert s.failures == [("a.txt", "坏文件"), ("b.txt", "读不出")]
    assert (s.skipped, s.workers, s.renamed, s.report_error) == (2, 3, 0, "")


def test_the_plan_skips_done_files_marks_copies_and_cuts_by_bytes_and_count(tmp_path: Path):
    texts = {"a.txt": "岚溪县今年新建公园两座。", "b.txt": "青川市完成道路改造十公里。",
             "c.txt": "岚溪县今年新建公园两座。", "d.txt": "岚溪县新增就业岗位一千个。", "e.txt": "青川市新建学校一所。"}
    paths = []
    for name, text in texts.items():
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    done = {distributed.file_id(paths[1])[0]}  # b.txt is in a committed part already
    skipped: list[Item] = []
    size = distributed.file_id(paths[0])[1]

    plan = list(plan_chunks(paths, done, "run", skipped.append, chunk_bytes=2 * size, chunk_files=10))
    assert [name for name, _ in plan] == ["run-000000", "run-000001"]
    assert [[Path(it.path).name for it in items] for _, items in plan] == [["a.txt", "c.txt"], ["d.txt", "e.txt"]]
    assert [Path(it.path).name for it in skipped] == ["b.txt"]
    first = plan[0][1]
    assert first[1].duplicate_of == str(paths[0]) and first[0].duplicate_of == ""
    assert [it.seq for _, items in plan for it in items] == [0, 2, 3, 4]

    by_count = list(plan_chunks(paths, set(), "run", skipped.append, chunk_bytes=10 ** 9, chunk_files=2))
    assert [len(items) for _, items in by_count] == [2, 2, 1]
