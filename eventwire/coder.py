"""The one runner loop: articles -> spaCy pipeline (loaded once, batched) -> event records.

``eventwire code``, the ingest runner and the Python API all call ``Coder.code_articles``.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from eventwire import __version__, errors
from eventwire.assemble import REQUIRE_ACTOR_CHOICES, AssemblyContext, events_from_doc
from eventwire.link_cards import blank_cards
from eventwire.nlp import ON_DEMAND_COMPONENTS, load_model, model_version
from eventwire.ontology import Ontology, get_ontology
from eventwire.pipeline import COMPONENTS, register_all
from eventwire.pipeline.context import set_original_text, set_published
from eventwire.records import Article, ArticleError, CodeResult, Event, text_hash
from eventwire.truecase import is_upper_text, truecase
from eventwire.validation import DEFAULT_MAX_CHARS, check_text, parse_published

log = logging.getLogger(__name__)
DEFAULT_BATCH_SIZE = 32


def build_pipeline(
    dictionaries: Sequence[Path] = (), bundled: bool = True, classifier: Path | None = None
) -> Language:
    """The English model without the parts we do not read, plus eventwire's components.

    ``bundled=False`` leaves out the bundled actor and trigger dictionaries, so that only the
    user ``dictionaries`` code (as PETRARCH's unit tests run on their own toy dictionaries).
    ``classifier`` (a directory written by ``eventwire train``) adds ``ew_classify`` last."""
    register_all()
    nlp = load_model(disable=ON_DEMAND_COMPONENTS)
    nlp.add_pipe("ew_paragraphs", first=True)
    extra = [str(p) for p in dictionaries]
    for name in COMPONENTS:
        config: dict[str, object] = {}
        if extra and name in DICTIONARY_COMPONENTS:
            config["dictionaries"] = extra
        if not bundled:
            config.update(UNBUNDLED_CONFIG.get(name, {}))
        nlp.add_pipe(name, config=config)
    if classifier is not None:
        from eventwire.pipeline import classify  # noqa: F401 - registers ew_classify

        nlp.add_pipe("ew_classify", config={"model_dir": str(classifier)})
    return nlp


# Component settings that switch the bundled dictionaries off.
UNBUNDLED_CONFIG: dict[str, dict[str, object]] = {
    # PETRARCH suffixes an agent's code to any actor code that does not hold it already.
    "ew_actors": {"petrarch_data": False, "own_data": False, "agent_suffixes": True},
    "ew_discards": {"own_data": False},
    "ew_triggers": {"use_bundled": False, "check_codes": False},
    # PETRARCH codes a pattern's inverse code ``[a:b]`` as a second event, target to source,
    # a city by its country alone ("fired shells at Seoul": KOR), reads a passive only from
    # its "by" phrase ("X was criticized over Y": X criticized Y) and codes no verb without
    # a phrase after it ("the envoy met today"); its toy codes say nothing of which acts are
    # mutual, so coordinated subjects of any act with no target are each other's sides.
    "ew_roles": {"inverse_events": True, "place_sectors": False, "agentless_passive": False,
                 "bare_verbs": False, "mutual_acts": False},
}


# Components whose factories accept user dictionary directories.
DICTIONARY_COMPONENTS: frozenset[str] = frozenset({"ew_actors", "ew_discards", "ew_triggers"})
# os.pathsep-separated user dictionary directories, used when a Coder is given none.
DICTIONARIES_ENV = "EVENTWIRE_DICTIONARIES"


def env_dictionaries() -> list[Path]:
    """The directories named by ``$EVENTWIRE_DICTIONARIES`` (none when it is unset)."""
    raw = os.environ.get(DICTIONARIES_ENV, "")
    return [Path(part) for part in raw.split(os.pathsep) if part.strip()]


def _dictionary_hash(dictionaries: Sequence[Path]) -> str:
    digest = hashlib.sha1()
    for directory in sorted(dictionaries):
        files = sorted(directory.rglob("*")) if directory.is_dir() else [directory]
        for path in files:
            if path.is_file():
                digest.update(path.name.encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def parse_text(text: str) -> str:
    """The text to parse: inline link cards of scraped pages are blanked and all-capitals copy
    (old wire services, MUC reports) is truecased, so that every offset into the original still
    holds."""
    text = blank_cards(text)
    if is_upper_text(text[:UPPER_SAMPLE]):
        return truecase(text, force=True)
    return text


UPPER_SAMPLE = 3000


class Coder:
    """Codes articles into events. Build once per process; reuse for every batch."""

    def __init__(
        self,
        dictionaries: Sequence[Path | str] = (),
        batch_size: int = DEFAULT_BATCH_SIZE,
        max_chars: int = DEFAULT_MAX_CHARS,
        nlp: Language | None = None,
        require_actor: str = "none",
        bundled: bool = True,
        classifier: Path | str | None = None,
    ) -> None:
        if require_actor not in REQUIRE_ACTOR_CHOICES:
            raise ValueError(f"require_actor must be one of {', '.join(REQUIRE_ACTOR_CHOICES)}")
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        self.require_actor = require_actor
        self.bundled = bundled
        self.dictionaries = [Path(p) for p in dictionaries] or env_dictionaries()
        self.batch_size = batch_size
        self.max_chars = max_chars
        if not bundled and not self.dictionaries:
            raise ValueError("bundled=False needs user dictionaries to code with")
        self.classifier = Path(classifier) if classifier is not None else None
        self.nlp = nlp if nlp is not None else build_pipeline(
            self.dictionaries, bundled, self.classifier)
        self.nlp.max_length = max(self.nlp.max_length, max_chars + 1)
        self.ontology: Ontology = get_ontology()
        self.version = f"eventwire-{__version__}/{model_version(self.nlp)}"
        self._dictionary_hash = _dictionary_hash(self.dictionaries)

    @property
    def dictionary_hash(self) -> str:
        """A hash of the user dictionaries' contents (part of every event id)."""
        return self._dictionary_hash

    def code(
        self, text: str, published: date | str | None = None, article_id: str | None = None,
        normalise: bool = True,
    ) -> list[Event]:
        """Events of one text. Raises ``ValueError`` when the article cannot be coded.

        The text is read as ``eventwire code`` reads an input (``Article.normalised``): HTML
        markup is removed, entities decoded and mojibake repaired, so the events are those of
        the CLI and every offset refers to ``Article.normalised(text).text`` (the text itself
        when it needed no change). ``normalise=False`` codes the text exactly as given."""
        result = self.code_result(text, published, article_id, normalise)
        if result.error is not None:
            raise ValueError(str(result.error))
        return result.events

    def code_result(
        self, text: str, published: date | str | None = None, article_id: str | None = None,
        normalise: bool = True,
    ) -> CodeResult:
        """The ``CodeResult`` of one text (``code``): ``result.article.text`` is the text the
        offsets refer to and ``result.article.notes`` what normalising changed."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__} (decode bytes "
                            "first, or read files with eventwire.ingest.sources.iter_articles)")
        day = parse_published(published)
        article = (Article.normalised(text, id=article_id or "", published=day) if normalise
                   else Article(text=text, id=article_id or "", published=day))
        return next(self.code_articles([article]))

    def code_articles(self, items: Iterable[Article | ArticleError]) -> Iterator[CodeResult]:
        """One ``CodeResult`` per item, in order. Bad items become errors; the run goes on.

        Articles are coded as given: build them with ``Article.normalised`` to clean raw HTML
        or mis-decoded text as the CLI readers do."""
        batch: list[Article | ArticleError] = []
        for item in items:
            batch.append(item)
            if len(batch) >= self.batch_size:
                yield from self._code_batch(batch)
                batch = []
        if batch:
            yield from self._code_batch(batch)

    def _code_batch(self, items: list[Article | ArticleError]) -> Iterator[CodeResult]:
        ready: list[tuple[int, Article, Doc]] = []
        results: list[CodeResult | None] = []
        for position, item in enumerate(items):
            result, doc = self._prepare(item)
            results.append(result)
            if doc is not None and isinstance(item, Article):
                ready.append((position, item, doc))
        for position, article, annotated in self._annotate(ready):
            results[position] = self._assemble(article, annotated)
        for result in results:
            assert result is not None
            yield result

    def _prepare(self, item: Article | ArticleError) -> tuple[CodeResult | None, Doc | None]:
        if isinstance(item, ArticleError):
            return CodeResult(article=Article(text="", id=item.article_id), error=item), None
        if not isinstance(item, Article):
            label = f"<{type(item).__name__}>"
            return CodeResult(article=Article(text="", id=label), error=ArticleError(
                label, errors.BAD_RECORD, "not an Article (build one with Article.normalised)"
            )), None
        problem = check_text(item.id, item.text, self.max_chars)
        if problem is not None:
            return CodeResult(article=item, error=problem), None
        try:
            doc = self.nlp.make_doc(parse_text(item.text))
            set_original_text(doc, item.text)
            set_published(doc, item.published)
        except Exception as exc:  # noqa: BLE001 - one article fails, the run goes on
            return CodeResult(article=item, error=ArticleError(
                item.id, errors.CODER_FAILURE, f"{type(exc).__name__}: {exc}")), None
        return None, doc

    def _annotate(
        self, ready: list[tuple[int, Article, Doc]]
    ) -> Iterator[tuple[int, Article, Doc | ArticleError]]:
        docs = [doc for _, _, doc in ready]
        try:
            annotated = list(self.nlp.pipe(docs, batch_size=self.batch_size))
        except Exception:  # noqa: BLE001 - isolate the failing article, keep the rest
            log.warning("batch failed; coding its articles one by one")
            yield from self._annotate_one_by_one(ready)
            return
        for (position, article, _), doc in zip(ready, annotated, strict=True):
            yield position, article, doc

    def _annotate_one_by_one(
        self, ready: list[tuple[int, Article, Doc]]
    ) -> Iterator[tuple[int, Article, Doc | ArticleError]]:
        for position, article, doc in ready:
            try:
                yield position, article, self.nlp(doc)
            except Exception as exc:  # noqa: BLE001
                yield position, article, ArticleError(
                    article.id, errors.CODER_FAILURE, f"{type(exc).__name__}: {exc}"
                )

    def _assemble(self, article: Article, doc: Doc | ArticleError) -> CodeResult:
        if isinstance(doc, ArticleError):
            return CodeResult(article=article, error=doc)
        context = AssemblyContext(self.version, self._dictionary_hash, text_hash(article.text),
                                  self.require_actor, plain_comments=not self.bundled)
        try:
            events = events_from_doc(doc, article, self.ontology, context)
        except Exception as exc:  # noqa: BLE001
            return CodeResult(article=article, error=ArticleError(
                article.id, errors.CODER_FAILURE, f"{type(exc).__name__}: {exc}"))
        if "ew_classify" in self.nlp.pipe_names:
            from eventwire.learn.apply import classified_result

            return classified_result(doc, CodeResult(article=article, events=events))
        return CodeResult(article=article, events=events)
