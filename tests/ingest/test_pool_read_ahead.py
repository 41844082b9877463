"""The process pool of run_local: how many files are in flight, and when the next one goes out (a fake pool)."""

from concurrent.futures import Future

from litmine.config import Limits
from litmine.ingest import workers


def _fake_pool(monkeypatch, log):
    """A pool whose files are read at once; log gets ("submit", name) and ("result", name) in the order they
    happen, and the number of files in flight (submitted, result not yet taken) at each submit."""

    class Pool:
        def __init__(self, *args, **kwargs):
            self._processes = {}

        def submit(self, fn, path, *args, **kwargs):
            log.append(("submit", path.rsplit("/", 1)[-1]))
            fut = Future()
            fut.set_result(workers.FileResult(path, reason="read"))
            return fut

        def shutdown(self, **kwargs):
            pass

    def tagged(result, lexicon):
        log.append(("result", result.path.rsplit("/", 1)[-1]))
        return result

    monkeypatch.setattr(workers, "ProcessPoolExecutor", Pool)
    monkeypatch.setattr(workers, "_tagged", tagged)
    monkeypatch.setattr(workers, "warm_taggers", lambda: False)
    monkeypatch.setattr(workers, "prepare_fork", lambda **_: None)


def _most_in_flight(log):
    """The most files sent and not yet handed on: those in flight and the one whose result is being handed on."""
    flight = most = 0
    for kind, _ in log:
        flight += 1 if kind == "submit" else -1
        most = max(most, flight)
    return most


def _files(tmp_path, sizes):
    paths = []
    for i, size in enumerate(sizes):
        p = tmp_path / f"f{i:02d}.txt"
        p.write_bytes(b"x" * size)
        paths.append(str(p))
    return paths


def test_pool_small_files_are_read_ahead_up_to_read_ahead_per_worker(tmp_path, monkeypatch):
    log = []
    _fake_pool(monkeypatch, log)
    paths = _files(tmp_path, [1000 - i for i in range(30)])
    got = [r.path for r in workers.run_local(paths, jobs=2, limits=Limits())]
    assert sorted(got) == sorted(paths)  # every file once
    assert _most_in_flight(log) == workers.READ_AHEAD * 2 + 1


def test_pool_large_files_stay_two_per_worker(tmp_path, monkeypatch):
    log = []
    _fake_pool(monkeypatch, log)
    monkeypatch.setattr(workers, "READ_AHEAD_BYTES", 3000)  # four files of 1,000 bytes are past it
    paths = _files(tmp_path, [1000] * 12)
    assert len(list(workers.run_local(paths, jobs=2, limits=Limits()))) == 12
    assert _most_in_flight(log) == 2 * 2 + 1


def test_pool_sends_the_next_file_before_the_result_is_tagged_and_stored(tmp_path, monkeypatch):
    log = []
    _fake_pool(monkeypatch, log)
    monkeypatch.setattr(workers, "READ_AHEAD_BYTES", 0)  # two per worker
    paths = _files(tmp_path, [10 - i for i in range(6)])
    list(workers.run_local(paths, jobs=2, limits=Limits()))
    first_result = log.index(("result", "f00.txt"))
    assert ("submit", "f04.txt") in log[:first_result]  # the fifth file went out before the first was handed on


def test_pool_watchdog_grows_with_the_files_sent_before():
    limits = Limits(file_seconds=10)
    assert workers._watchdog_seconds(limits) == 60  # three limits and the margin, as for two files per worker
    assert workers._watchdog_seconds(limits, 3, 2) == 60
    assert workers._watchdog_seconds(limits, 11, 2) == 100  # six rounds ahead, its own limit, the margin
    assert workers._watchdog_seconds(Limits(file_seconds=0), 11, 2) is None
