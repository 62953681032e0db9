"""``ew_classify``: class probabilities of every sentence from a trained classifier.

Added by ``build_pipeline`` only when the coder is given a classifier directory (written by
``eventwire train``); runs last, reading ``doc._.ew_triggers`` and ``doc._.ew_factuality`` for the
rule features (``eventwire.learn.features``). Writes ``doc._.ew_classify``: one
:class:`SentenceClass` per sentence, in order. A classifier trained with embeddings computes the
sentence vectors for a whole batch of docs at once (``pipe``), and only for sentences in which
the rules found a candidate event (``eventwire.learn.embeddings.embed_where``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.learn.features import sentence_features
from eventwire.learn.model import LinearModel, Matrix, load_model

if not Doc.has_extension("ew_classify"):
    Doc.set_extension("ew_classify", default=None)


@dataclass(frozen=True, slots=True)
class SentenceClass:
    """A sentence's tokens ``[start, end)``, its most probable label and every label's
    probability (``labels[i]`` has ``probabilities[i]``)."""

    start: int
    end: int
    label: int
    labels: tuple[int, ...]
    probabilities: tuple[float, ...]

    def probability(self, label: int) -> float:
        """The probability of ``label`` (0.0 for a label the classifier does not know)."""
        if label not in self.labels:
            return 0.0
        return self.probabilities[self.labels.index(label)]


class SentenceClassifier:
    """Scores each sentence of a doc with a ``LinearModel``."""

    def __init__(self, model: LinearModel, batch_size: int = 64) -> None:
        self.model = model
        self.batch_size = batch_size

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        stream = iter(docs)
        size = batch_size or self.batch_size
        while batch := list(islice(stream, size)):
            yield from self._classify_batch(batch)

    def _classify_batch(self, docs: list[Doc]) -> list[Doc]:
        sentences = [(doc, sent) for doc in docs for sent in doc.sents]
        rows = [
            sentence_features(sent, doc._.ew_triggers or (), doc._.ew_factuality or {})
            for doc, sent in sentences
        ]
        vectors = self._vectors(sentences, rows)
        probabilities = self.model.probabilities(self.model.encode(rows, vectors))
        results: dict[int, list[SentenceClass]] = {id(doc): [] for doc in docs}
        for (doc, sent), row in zip(sentences, probabilities, strict=True):
            results[id(doc)].append(self._sentence_class(sent, row))
        for doc in docs:
            doc._.ew_classify = results[id(doc)]
        return docs

    def _vectors(self, sentences: list[tuple[Doc, Span]], rows: list[list[str]]) -> Matrix | None:
        if not self.model.embedding_dim:
            return None
        from eventwire.learn.embeddings import embed_where

        return embed_where([sent.text for _, sent in sentences], rows)

    def _sentence_class(self, sent: Span, row: Matrix) -> SentenceClass:
        labels = self.model.labels
        return SentenceClass(sent.start, sent.end, labels[int(row.argmax())], labels,
                             tuple(round(float(p), 4) for p in row))


@Language.factory(
    "ew_classify",
    assigns=["doc._.ew_classify"],
    requires=["doc._.ew_triggers", "doc._.ew_factuality"],
    default_config={"model_dir": None},
)
def make_classifier(nlp: Language, name: str, model_dir: str | None) -> SentenceClassifier:
    if not model_dir:
        raise ValueError("ew_classify needs model_dir: a directory written by `eventwire train`")
    return SentenceClassifier(load_model(model_dir))
