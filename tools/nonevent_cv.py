"""Cross-validate a learned non-event filter on the judged real-news events.

For every judged event (``tests/data/real_precision*.jsonl``, read as ``eventwire train
confidence`` reads them: empty verdicts and repeats left out) the label is ``verdict ==
"not_an_event"``. Events are parsed and featured once; folds keep every event of an article
together (``learn.folds.grouped_folds``), with ``--near-duplicates`` every connected set of
near-duplicate sentences too, and with ``--by-file`` each judged file (an article in the first
file that has it) is one fold, the nearest to a fresh draw. For each feature set and L2 strength
the out-of-fold probability of a non-event is scored by ROC AUC, the best precision of a
removal that takes at least 20 % of the non-events, and the largest share of non-events that a
removal at least 85 % non-events can take. For thresholds the table shows how many events
would be removed, the share of them that are non-events (``prec``), the share of all non-events
and of all right events removed, and the removals by verdict. The same table is given for the
out-of-fold confidence model (right vs wrong, its own features), removing events below a
confidence threshold.

Features. ``confidence-features`` are the confidence model's (``confidence_features
.event_features``); ``all`` adds these cues of a sentence that reports no act, read from the
same ``EventView`` (so a shipped model could compute them at run time from the annotated
``Doc``), plus the trigger's place in the article:

* genericity of the trigger noun and of the clause's subject: its determiner ("an attack", "no
  talks", ``tdet:``), a plural noun (``tplural``), a number on it ("three attacks",
  ``tnum``), a possessive ("his visit", ``tposs``), and the subject's determiner and number
  (``sdet:``, ``splural``); a noun trigger inside a name (``tpropn_head``, capitalised
  mid-sentence ``tcap``);
* the clause's tense and aspect: the clause verb's tag (``vtag:``), a perfect or progressive
  auxiliary (``aux:``), an infinitive "to" (``to_inf``);
* what governs the trigger up the tree: the lemmas of up to ``ANCESTORS`` verbal or nominal
  ancestors (``anc:``), a modal or a conditional mark anywhere on that path (``anc_modal``,
  ``anc_mark:``), a relative or adverbial clause on the way (``anc_dep:``);
* the words just before the trigger (``prev:``, two lemmas);
* where the trigger lies in the article (``pos:`` lead, the first ``LEAD_CHARS`` characters;
  early; late).

``--ablate`` leaves each group out in turn; ``--words`` adds the sentence's words, ``--pairs``
conjunctions of two trigger, code and actor features.

    PYTHONPATH=. python tools/nonevent_cv.py [FILES...] [--cache PKL] [--json OUT]
        [--near-duplicates | --by-file] [--ablate] [--words] [--pairs]
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from spacy.tokens import Token

from eventwire.learn.calibration import auc
from eventwire.learn.confidence import (
    EPOCHS,
    JUDGED_DIR,
    LEARNING_RATE,
    MIN_COUNT,
    TRAINING_GLOB,
    fit_confidence,
    parser,
    probabilities,
    read_judged,
)
from eventwire.learn.confidence_features import (
    CONDITION_MARKS,
    MODAL_TAG,
    SUBJECT_DEPS,
    EventView,
    clause_head,
    event_features,
    lemma,
    view_of_judged,
)
from eventwire.learn.folds import grouped_folds, near_duplicate_groups
from eventwire.learn.model import LinearModel, Matrix, TrainSettings, build_vocabulary, fit

NON_EVENT = "not_an_event"

# ---- the further features (see the module's docstring, "Features") ----
ANCESTORS = 3
LEAD_CHARS = 400
POSITION_BUCKETS: tuple[tuple[int, str], ...] = ((LEAD_CHARS, "lead"), (2000, "early"))
PERFECT_PROGRESSIVE = frozenset({"have", "be"})
CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "xcomp", "acl", "csubj", "conj", "pcomp"})
PREVIOUS = 2


def noun_cues(head: Token, start: int) -> list[str]:
    """Determiner, number, plural, possessive and name cues of a nominal trigger."""
    if head.pos_ not in {"NOUN", "PROPN"}:
        return []
    names = []
    for child in head.children:
        if child.dep_ == "det":
            names.append(f"tdet:{child.lower_}")
        elif child.dep_ == "nummod":
            names.append("tnum")
        elif child.dep_ == "poss":
            names.append("tposs")
    if head.tag_ in {"NNS", "NNPS"}:
        names.append("tplural")
    if head.head.pos_ == "PROPN" and head.dep_ == "compound":
        names.append("tpropn_head")
    if head.i > start and head.text[:1].isupper():
        names.append("tcap")
    return names


def subject_cues(verb: Token) -> list[str]:
    """The determiner and number of the clause's subject."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            names = [f"sdet:{d.lower_}" for d in child.children if d.dep_ == "det"]
            if child.tag_ in {"NNS", "NNPS"}:
                names.append("splural")
            return names
    return []


def tense_cues(verb: Token) -> list[str]:
    """The clause verb's tag and its perfect, progressive or infinitive auxiliaries."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    names = [f"vtag:{verb.tag_}"]
    for child in verb.children:
        if child.dep_ in {"aux", "auxpass"} and child.lemma_.lower() in PERFECT_PROGRESSIVE:
            names.append(f"aux:{child.lemma_.lower()}")
        elif child.dep_ == "aux" and child.tag_ == "TO":
            names.append("to_inf")
    return names


def ancestor_cues(head: Token) -> list[str]:
    """Lemmas, modals, conditional marks and clause relations on the path to the root."""
    names: list[str] = []
    token = head
    seen = 0
    while token.head.i != token.i and seen < ANCESTORS:
        if token.dep_ in CLAUSE_DEPS:
            names.append(f"anc_dep:{token.dep_}")
        token = token.head
        if token.pos_ in {"VERB", "AUX", "NOUN"}:
            names.append(f"anc:{lemma(token)}")
            seen += 1
        for child in token.children:
            if child.tag_ == MODAL_TAG:
                names.append("anc_modal")
            if child.dep_ == "mark" and child.lower_ in CONDITION_MARKS:
                names.append(f"anc_mark:{child.lower_}")
    return names


def context_cues(head: Token, start: int) -> list[str]:
    """The lemmas of the ``PREVIOUS`` words before the trigger in its sentence (which begins
    at token ``start``; punctuation skipped)."""
    words = [t for t in head.doc[max(start, head.i - 4):head.i]
             if not (t.is_punct or t.is_space)]
    return [f"prev:{lemma(t)}" for t in words[-PREVIOUS:]]


def position_feature(offset: int | None) -> list[str]:
    """The trigger's place in the article by its character offset (none when unknown)."""
    if offset is None or offset < 0:
        return []
    return [f"pos:{next((name for limit, name in POSITION_BUCKETS if offset < limit), 'late')}"]


def nonevent_features(view: EventView, offset: int | None) -> list[str]:
    """Every feature name of one event for the non-event model (duplicates removed)."""
    head = view.trigger.root
    verb = clause_head(head)
    names = event_features(view)
    names += noun_cues(head, view.sentence.start)
    names += subject_cues(verb)
    names += tense_cues(verb)
    names += ancestor_cues(head)
    names += context_cues(head, view.sentence.start)
    names += position_feature(offset)
    return list(dict.fromkeys(names))


# ---- the experiment ----
VERDICTS = ("right", "wrong_actors", "wrong_code", "wrong_status", NON_EVENT)
THRESHOLDS = (0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
CONF_THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3)
GRID = (0.003, 0.01, 0.03, 0.1)
# Prefixes of the features each new group adds to the confidence features.
GROUPS = {
    "noun": ("tdet:", "tnum", "tposs", "tplural", "tpropn_head", "tcap"),
    "subject": ("sdet:", "splural"),
    "tense": ("vtag:", "aux:", "to_inf"),
    "ancestors": ("anc:", "anc_modal", "anc_mark:", "anc_dep:"),
    "context": ("prev:",),
    "position": ("pos:",),
}


def featured(paths: Sequence[Path], cache: Path | None) -> list[dict[str, object]]:
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())  # noqa: S301 - our own cache
    items = read_judged(paths)
    nlp = parser()
    docs = nlp.pipe((str(item.line.get("sentence") or "") for item in items), batch_size=64)
    rows: list[dict[str, object]] = []
    for doc, item in zip(docs, items, strict=True):
        view = view_of_judged(doc, item.line)
        if view is None:
            continue
        offset = item.line.get("trigger_start")
        head = view.trigger.root
        tensor = doc.tensor if doc.tensor is not None and len(doc.tensor) == len(doc) else None
        vector = ([] if tensor is None or not len(tensor) else
                  [*tensor[head.i].tolist(), *tensor.mean(axis=0).tolist()])
        rows.append({"vector": vector, "article": item.article_id, "verdict": item.line["verdict"],
                     "sentence": doc.text, "conf": event_features(view),
                     "all": nonevent_features(view, offset if isinstance(offset, int) else None)})
    if cache is not None:
        cache.write_bytes(pickle.dumps(rows))
    return rows


PAIRED = ("tlemma:", "tdep:", "tform:", "base:", "tgov:", "status:", "actors:", "quoted",
          "tdet:", "tplural")


def pairs(names: Sequence[str]) -> list[str]:
    """Conjunctions of two of the ``PAIRED`` features (a little non-linearity)."""
    picked = sorted(n for n in names if n.startswith(PAIRED))
    return [f"{a}&{b}" for i, a in enumerate(picked) for b in picked[i + 1:]]


WORD = re.compile(r"[a-z]+")


def words(sentence: str) -> list[str]:
    """The sentence's lower-case words as features (``w:``)."""
    return sorted({f"w:{w}" for w in WORD.findall(sentence.lower())})


def without(names: Sequence[str], groups: Sequence[str]) -> list[str]:
    dropped = tuple(p for g in groups for p in GROUPS[g])
    return [n for n in names if not n.startswith(dropped)]


def first_files(paths: Sequence[Path]) -> dict[str, str]:
    """Each article's first judged file (its name, without the common prefix)."""
    found: dict[str, str] = {}
    for path in paths:
        for raw in path.read_text(encoding="utf-8").splitlines():
            if raw.strip():
                article = str(json.loads(raw).get("article_id"))
                found.setdefault(article, path.stem.removeprefix("real_precision"))
    return found


def per_fold(scores: Sequence[float], labels: Sequence[bool], verdicts: Sequence[str],
             folds: Sequence[int], threshold: float) -> None:
    """Each fold's AUC and what the threshold removes there."""
    print(f"\nper fold at threshold {threshold}: fold events NE AUC removed NE-removed "
          "right-removed")
    for fold in sorted(set(folds)):
        held = [i for i, f in enumerate(folds) if f == fold]
        removed = [i for i in held if scores[i] >= threshold]
        found = auc([scores[i] for i in held], [labels[i] for i in held])
        print(f"  {fold:>3} {len(held):>5} {sum(labels[i] for i in held):>4} "
              f"{found if found is None else round(found, 3)!s:>6} {len(removed):>5} "
              f"{sum(labels[i] for i in removed):>5} "
              f"{sum(verdicts[i] == 'right' for i in removed):>5}")


def joined_groups(first: Sequence[int], second: Sequence[int]) -> list[int]:
    """One group per item joining items that share a group in ``first`` or in ``second``."""
    parent = list(range(len(first)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for labels in (first, second):
        leader: dict[int, int] = {}
        for index, label in enumerate(labels):
            other = leader.setdefault(label, index)
            parent[find(index)] = find(other)
    return [find(i) for i in range(len(first))]


def fit_dense(rows: Sequence[Sequence[str]], dense: Matrix, labels: Sequence[bool],
              l2: float) -> LinearModel:
    """``fit_confidence`` with the dense columns ``dense`` after the sparse features."""
    vocabulary = build_vocabulary(rows, MIN_COUNT)
    empty = np.zeros((0, 2), np.float32)
    model = LinearModel(empty, empty, vocabulary, (0, 1), dense.shape[1])
    targets = np.array([int(label) for label in labels], dtype=np.int64)
    settings = TrainSettings(l2=l2, epochs=EPOCHS, learning_rate=LEARNING_RATE)
    model.weights, model.bias = fit(model.encode(rows, dense), targets, 2, settings)
    return model


def out_of_fold(rows: Sequence[Sequence[str]], labels: Sequence[bool], folds: Sequence[int],
                l2: float, dense: Matrix | None = None) -> list[float]:
    scores = [0.0] * len(rows)
    for fold in sorted(set(folds)):
        kept = [i for i, f in enumerate(folds) if f != fold]
        held = [i for i, f in enumerate(folds) if f == fold]
        if dense is not None:
            model = fit_dense([rows[i] for i in kept], dense[kept], [labels[i] for i in kept], l2)
            found = model.probabilities(model.encode([rows[i] for i in held], dense[held]))[:, 1]
            for index, score in zip(held, found.tolist(), strict=True):
                scores[index] = score
            continue
        model = fit_confidence([rows[i] for i in kept], [labels[i] for i in kept], l2)
        for index, score in zip(held, probabilities(model, [rows[i] for i in held]), strict=True):
            scores[index] = score
    return scores


def operating_points(scores: Sequence[float], labels: Sequence[bool]) -> dict[str, float]:
    """The best precision of a removal that takes at least 20 % of the non-events, and the
    largest share of non-events a removal at least 85 % non-events can take."""
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    total = sum(labels)
    hits = 0
    best_precision = 0.0
    best_recall = 0.0
    for rank, index in enumerate(order, 1):
        hits += labels[index]
        if rank < len(order) and scores[order[rank]] == scores[index]:
            continue  # a threshold cannot split tied scores
        precision, recall = hits / rank, hits / total
        if recall >= 0.2:
            best_precision = max(best_precision, precision)
        if precision >= 0.85:
            best_recall = max(best_recall, recall)
    return {"precision_at_recall_0.2": round(best_precision, 3),
            "recall_at_precision_0.85": round(best_recall, 3)}


def removal_table(removed_at: Sequence[tuple[float, list[bool]]],
                  verdicts: Sequence[str]) -> list[dict[str, object]]:
    totals = Counter(verdicts)
    table: list[dict[str, object]] = []
    for threshold, removed in removed_at:
        picked = Counter(v for v, r in zip(verdicts, removed, strict=True) if r)
        count = sum(picked.values())
        table.append({
            "threshold": threshold, "removed": count,
            "precision": round(picked[NON_EVENT] / count, 3) if count else None,
            "non_events_removed": round(picked[NON_EVENT] / totals[NON_EVENT], 3),
            "right_removed": round(picked["right"] / totals["right"], 3),
            "by_verdict": {v: picked[v] for v in VERDICTS},
        })
    return table


def print_table(title: str, table: Sequence[dict[str, object]]) -> None:
    print(f"\n{title}")
    print(f"{'thr':>6} {'removed':>7} {'prec':>6} {'NE%':>6} {'right%':>7}  "
          + " ".join(f"{v[:9]:>9}" for v in VERDICTS))
    for row in table:
        by = row["by_verdict"]
        assert isinstance(by, dict)
        print(f"{row['threshold']:>6} {row['removed']:>7} {row['precision']!s:>6} "
              f"{row['non_events_removed']:>6} {row['right_removed']:>7}  "
              + " ".join(f"{by[v]:>9}" for v in VERDICTS))


def main(argv: Sequence[str] | None = None) -> int:
    parser_ = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser_.add_argument("files", nargs="*", type=Path)
    parser_.add_argument("--json", type=Path, help="Write every table to this file.")
    parser_.add_argument("--cache", type=Path, help="Pickle of the featured events (reused).")
    parser_.add_argument("--near-duplicates", action="store_true",
                         help="Also keep near-duplicate sentences in one fold.")
    parser_.add_argument("--pick", default="all",
                         help="The feature set whose removal table is printed.")
    parser_.add_argument("--by-file", action="store_true",
                         help="One fold per judged file (an article in its first file).")
    parser_.add_argument("--threshold", type=float, default=0.65,
                         help="The threshold of the per-fold table.")
    parser_.add_argument("--folds", type=int, default=5)
    parser_.add_argument("--words", action="store_true",
                         help="Also try each feature set plus the sentence's words.")
    parser_.add_argument("--pairs", action="store_true",
                         help="Also try the new features plus conjunctions of two.")
    parser_.add_argument("--tensor", action="store_true",
                         help="Also try the new features plus the parser's token vectors of "
                         "the trigger and the sentence's mean.")
    parser_.add_argument("--only", nargs="+", help="Run only these feature sets.")
    parser_.add_argument("--grid", type=float, nargs="+", default=list(GRID))
    parser_.add_argument("--ablate", action="store_true", help="Leave out each new group.")
    args = parser_.parse_args(argv)
    paths = args.files or sorted(JUDGED_DIR.glob(TRAINING_GLOB))
    data = featured(paths, args.cache)
    verdicts = [str(d["verdict"]) for d in data]
    labels = [v == NON_EVENT for v in verdicts]
    articles = [str(d["article"]) for d in data]
    ids = {a: i for i, a in enumerate(dict.fromkeys(articles))}
    groups = [ids[a] for a in articles]
    if args.near_duplicates:
        groups = joined_groups(groups, near_duplicate_groups([str(d["sentence"]) for d in data]))
    if args.by_file:
        first = first_files(paths)
        names = sorted({first.get(a, "?") for a in articles})
        groups = [names.index(first.get(a, "?")) for a in articles]
        folds = groups
        print("folds by file:", ", ".join(f"{i}={n}" for i, n in enumerate(names)))
    else:
        folds = grouped_folds(groups, args.folds)
    print(f"{len(data)} events, {sum(labels)} non-events "
          f"({sum(labels) / len(data):.1%}); verdicts {dict(Counter(verdicts))}")
    report: dict[str, object] = {"events": len(data), "verdicts": dict(Counter(verdicts))}
    sets: dict[str, list[list[str]]] = {
        "confidence-features": [list(d["conf"]) for d in data],  # type: ignore[call-overload]
        "all": [list(d["all"]) for d in data],  # type: ignore[call-overload]
    }
    if args.words:
        for key, rows in list(sets.items()):
            sets[f"{key}+words"] = [r + words(str(d["sentence"]))
                                    for r, d in zip(rows, data, strict=True)]
    if args.pairs:
        sets["all+pairs"] = [r + pairs(r) for r in sets["all"]]
    tensors = None
    if args.tensor:
        raw = np.array([d["vector"] for d in data], dtype=np.float32)
        tensors = ((raw - raw.mean(axis=0)) / (raw.std(axis=0) + 1e-6)).astype(np.float32)
        sets["all+tensor"] = sets["all"]
    if args.only:
        sets = {k: v for k, v in sets.items() if k in args.only}
    if args.pick not in sets:
        parser_.error(f"--pick {args.pick}: not among the feature sets run ({', '.join(sets)})")
    if args.ablate:
        for group in GROUPS:
            sets[f"all-minus-{group}"] = [without(r, [group]) for r in sets["all"]]
    best: tuple[float, str, float, list[float]] | None = None
    cv: list[dict[str, object]] = []
    for name, rows in sets.items():
        for l2 in args.grid:
            scores = out_of_fold(rows, labels, folds, l2,
                                 tensors if name.endswith("+tensor") else None)
            found = auc(scores, labels) or 0.0
            points = operating_points(scores, labels)
            cv.append({"features": name, "l2": l2, "auc": round(found, 4), **points})
            print(f"P(non-event) {name:<28} l2 {l2:<6} AUC {found:.4f} "
                  f"best precision at NE recall>=0.2 {points['precision_at_recall_0.2']} "
                  f"NE recall at precision>=0.85 {points['recall_at_precision_0.85']}",
                  flush=True)
            if name == args.pick and (best is None or found > best[0]):
                best = (found, name, l2, scores)
    report["cv"] = cv
    assert best is not None
    _, name, l2, scores = best
    table = removal_table([(t, [s >= t for s in scores]) for t in THRESHOLDS], verdicts)
    print_table(f"non-event model ({name}, l2 {l2}), remove P(non-event) >= threshold", table)
    per_fold(scores, labels, verdicts, folds, args.threshold)
    report["nonevent"] = {"features": name, "l2": l2, "table": table}
    right = [v == "right" for v in verdicts]
    conf_rows = sets["confidence-features"]
    conf_best = max(((l2c, out_of_fold(conf_rows, right, folds, l2c)) for l2c in args.grid),
                    key=lambda pair: auc(pair[1], right) or 0.0)
    conf_scores = conf_best[1]
    print(f"\nconfidence model (right vs wrong), out of fold: l2 {conf_best[0]}, "
          f"AUC(right) {auc(conf_scores, right):.4f}, AUC(non-event) "
          f"{auc([1 - s for s in conf_scores], labels):.4f}")
    conf_table = removal_table([(t, [s < t for s in conf_scores]) for t in CONF_THRESHOLDS],
                               verdicts)
    print_table("confidence model, remove confidence < threshold", conf_table)
    print("confidence model as a non-event filter:",
          operating_points([1 - s for s in conf_scores], labels))
    report["confidence"] = {"l2": conf_best[0], "table": conf_table}
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
