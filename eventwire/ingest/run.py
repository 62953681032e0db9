"""The ingestion runner: sources -> skip what is stored -> ``Coder.code_articles`` -> the store.

Already-stored articles (same content hash or URL) are skipped BEFORE coding, so re-ingesting is
cheap and adds nothing. Results are committed every ``commit_every`` articles, each batch in one
transaction. The counts always reconcile: seen = new + duplicate + failed; ``replaced`` says how
many earlier versions of a story (same article id, other text) new texts replaced.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from eventwire.ingest.formats import EmptyInput
from eventwire.ingest.sources import Duplicate, OnEmpty, Source, log_empty
from eventwire.records import Article, ArticleError, CodeResult
from eventwire.store import ClusterOptions, RunCounts, Store, StoreWriter

if TYPE_CHECKING:
    from eventwire.coder import Coder

DEFAULT_COMMIT_EVERY = 64

Observer = Callable[[RunCounts, bool], None]


@dataclass(frozen=True, slots=True)
class IngestOptions:
    commit_every: int = DEFAULT_COMMIT_EVERY
    clusters: ClusterOptions = field(default_factory=ClusterOptions)
    extra: dict[str, Any] = field(default_factory=dict)
    replace_versions: bool = True

    def as_dict(self) -> dict[str, Any]:
        return {"commit_every": self.commit_every, "clusters": self.clusters.as_dict(),
                "replace_versions": self.replace_versions, **self.extra}


@dataclass(frozen=True, slots=True)
class IngestReport:
    run_id: int
    counts: RunCounts


def _ignore(counts: RunCounts, committed: bool) -> None:
    return None


def new_articles(sources: Iterable[Source], writer: StoreWriter, counts: RunCounts,
                 on_empty: OnEmpty = log_empty) -> Iterator[Article | ArticleError]:
    """The items that still need coding; duplicates are counted and dropped here, and files that
    hold no article go to ``on_empty`` (they are no article: not counted)."""
    for item in sources:
        if isinstance(item, EmptyInput):
            on_empty(item)
            continue
        counts.seen += 1
        if isinstance(item, Duplicate):
            counts.duplicate += 1
        elif isinstance(item, ArticleError):
            yield item
        elif writer.is_known(item):
            counts.duplicate += 1
        else:
            writer.claim(item)
            yield item


def _no_report(result: CodeResult) -> None:
    return None


def ingest(store: Store, coder: Coder, sources: Callable[[StoreWriter], Iterable[Source]],
           inputs: list[str], options: IngestOptions | None = None,
           observer: Observer = _ignore,
           on_result: Callable[[CodeResult], None] = _no_report,
           on_empty: OnEmpty = log_empty) -> IngestReport:
    """Code and store every new article of ``sources(writer)``; the run's id and counts.

    ``on_result`` sees each coded or failed article as it comes (before it is committed), so
    that a caller can report errors and warnings article by article; ``on_empty`` sees each
    file that holds no article."""
    chosen = options or IngestOptions()
    run_id = store.begin_run(coder.version, coder.dictionary_hash,
                             chosen.as_dict(), inputs)
    writer = store.writer(run_id, chosen.clusters, chosen.replace_versions)
    counts = RunCounts()
    batch: list[CodeResult] = []
    try:
        for result in coder.code_articles(new_articles(sources(writer), writer, counts,
                                                          on_empty)):
            batch.append(result)
            _count(result, counts)
            on_result(result)
            observer(counts, False)
            if len(batch) >= chosen.commit_every:
                counts.replaced += writer.write_batch(batch, _settled(counts))
                batch = []
                observer(counts, True)
        if batch:
            counts.replaced += writer.write_batch(batch, _settled(counts))
            observer(counts, True)
    except BaseException:
        store.finish_run(run_id, _committed_only(counts, batch), status="interrupted")
        raise
    store.finish_run(run_id, counts)
    return IngestReport(run_id, counts)


def _count(result: CodeResult, counts: RunCounts) -> None:
    if result.error is not None:
        counts.failed += 1
    else:
        counts.new += 1
        counts.events += len({event.id for event in result.events})


def _settled(counts: RunCounts) -> RunCounts:
    """The counts of the items coded so far (the reader runs a little ahead of the coder)."""
    return RunCounts(seen=counts.new + counts.duplicate + counts.failed, new=counts.new,
                     duplicate=counts.duplicate, failed=counts.failed, events=counts.events,
                     replaced=counts.replaced)


def _committed_only(counts: RunCounts, pending: list[CodeResult]) -> RunCounts:
    """The counts without the results of the batch that was never written."""
    failed = sum(1 for result in pending if result.error is not None)
    new = len(pending) - failed
    events = sum(len({e.id for e in r.events}) for r in pending if r.error is None)
    return RunCounts(seen=counts.new - new + counts.duplicate + counts.failed - failed,
                     new=counts.new - new, duplicate=counts.duplicate,
                     failed=counts.failed - failed, events=counts.events - events,
                     replaced=counts.replaced)
