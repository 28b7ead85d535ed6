"""Train the intent classifier on a labelled corpus: python3 -m agent.triage.train corpus/train.

Only the training folder is read; the held-out folder is for `arbot eval` and never seen here.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from agent.mail.parse import parse_message
from agent.triage.corpus import directory_from_csv, load_corpus
from agent.triage.evaluate import Report, score
from agent.triage.extract import extract_facts
from agent.triage.features import CUE_NAMES, classifier_cues, classifier_text
from agent.triage.model import CHAR_PARAMS, MODEL_PATH, WORD_PARAMS, IntentModel, save_model

log = logging.getLogger(__name__)

DEFAULT_C = 20.0
# Chosen by leaving each of the nine training writers out in turn (intent macro-F1, mean):
# cue scale 0.0 0.950, 0.1 0.970, 0.15 0.970, 0.2 0.971, 0.3 0.961, 0.5 0.950, 1.0 0.935 (C=20);
# C 10 / 20 / 50 at 0.2: 0.970 / 0.971 / 0.971. The cue columns help, but weighed lightly.
DEFAULT_CUE_SCALE = 0.2


def ledger_path(corpus_dir: Path) -> Path:
    """Return the corpus's ledger.csv (its own, else the shared one a level up)."""
    own = corpus_dir / "ledger.csv"
    return own if own.is_file() else corpus_dir.parent / "ledger.csv"


Example = tuple[str, list[float]]  # classifier text and cue values of one message


def corpus_texts(corpus_dir: Path) -> tuple[list[Example], list[str]]:
    """Return classifier inputs (text, cues) and intent labels of a corpus."""
    directory = directory_from_csv(ledger_path(corpus_dir))
    examples, labels = [], []
    for message in load_corpus(corpus_dir):
        parsed = parse_message(message.raw)
        facts = extract_facts(parsed, directory)
        examples.append((classifier_text(parsed, facts), classifier_cues(parsed, facts)))
        labels.append(message.label["intent"])
    return examples, labels


def fit(examples: list[Example], labels: list[str], c: float = DEFAULT_C, min_df: int = 2,
        cue_scale: float = DEFAULT_CUE_SCALE):
    """Fit vectorizers, idf and the logistic regression; return what save_model needs."""
    texts = [text for text, _ in examples]
    blocks, parts = [], {}
    for name, params in (("word", WORD_PARAMS), ("char", CHAR_PARAMS)):
        counts = CountVectorizer(min_df=min_df, **params).fit(texts)
        matrix = counts.transform(texts)
        tfidf = TfidfTransformer(sublinear_tf=True).fit(matrix)
        blocks.append(tfidf.transform(matrix))
        parts[name] = (counts.get_feature_names_out().tolist(), tfidf.idf_)
    blocks.append(sparse.csr_matrix(np.asarray([cues for _, cues in examples]) * cue_scale))
    features = sparse.hstack(blocks, format="csr")
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    model.fit(features, labels)
    return parts, model


def fitted_model(examples: list[Example], labels: list[str], c: float = DEFAULT_C,
                 cue_scale: float = DEFAULT_CUE_SCALE) -> IntentModel:
    """Fit and return the in-memory model the engine scores with."""
    parts, model = fit(examples, labels, c, cue_scale=cue_scale)
    return IntentModel(
        classes=[str(k) for k in model.classes_],
        word_vocab={t: i for i, t in enumerate(parts["word"][0])},
        char_vocab={t: i for i, t in enumerate(parts["char"][0])},
        word_idf=np.asarray(parts["word"][1]), char_idf=np.asarray(parts["char"][1]),
        coef=model.coef_, intercept=model.intercept_, cue_names=CUE_NAMES, cue_scale=cue_scale,
    )


def writer_of(file: str) -> str:
    """Return the writer (corpus part) of a message: its file name's prefix, "a" of "a_017.eml"."""
    return Path(file).name.split("_", 1)[0]


def _engine_folds(corpus_dir: Path, split, *, c: float,
                  cue_scale: float) -> tuple[list[tuple[str, dict, dict]], list[str]]:
    """Triage each held part end to end with a classifier fitted on the rest.

    Args:
        split: called with (messages, labels), yields (train indices, test indices) pairs.
    """
    from agent.triage.local import LocalTriage

    directory = directory_from_csv(ledger_path(corpus_dir))
    messages = load_corpus(corpus_dir)
    parsed = [parse_message(m.raw) for m in messages]
    facts = [extract_facts(p, directory) for p in parsed]
    examples = [(classifier_text(p, f), classifier_cues(p, f)) for p, f in zip(parsed, facts, strict=True)]
    y = np.asarray([m.label["intent"] for m in messages])
    triples: list[tuple[str, dict, dict]] = []
    for train_idx, test_idx in split(messages, y):
        engine = LocalTriage(model=fitted_model([examples[i] for i in train_idx],
                                                list(y[train_idx]), c, cue_scale))
        for i in test_idx:
            predicted = engine.triage(parsed[i], directory).public_dict()
            triples.append((messages[i].file, messages[i].label, predicted))
    return triples, [m.file for m in messages]


def cross_validate_engine(corpus_dir: Path, *, c: float = DEFAULT_C, folds: int = 5,
                          seed: int = 7, cue_scale: float = DEFAULT_CUE_SCALE) -> Report:
    """Score the whole engine (rules, classifier, extractors) by stratified k-fold on a corpus.

    Each fold's classifier is fitted on the other folds only, on the same classifier text the
    engine builds; the held fold is triaged end to end and scored as `arbot eval` scores.
    """
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    triples, _ = _engine_folds(corpus_dir, lambda messages, y: splitter.split(messages, y),
                               c=c, cue_scale=cue_scale)
    triples.sort(key=lambda t: t[0])
    return score(triples)


def by_writer_engine(corpus_dir: Path, *, c: float = DEFAULT_C,
                     cue_scale: float = DEFAULT_CUE_SCALE) -> dict[str, Report]:
    """Score the whole engine leaving one writer out at a time: fit on the others, score it.

    Writers have habits (phrasing, layout, signatures) that a random split leaks into training;
    holding a whole writer out is the closer proxy for mail by people the model never saw.
    """
    def split(messages, _labels):
        writers = np.asarray([writer_of(m.file) for m in messages])
        for writer in sorted(set(writers)):
            yield np.flatnonzero(writers != writer), np.flatnonzero(writers == writer)

    triples, _ = _engine_folds(corpus_dir, split, c=c, cue_scale=cue_scale)
    reports: dict[str, Report] = {}
    for writer in sorted({writer_of(t[0]) for t in triples}):
        reports[writer] = score(sorted(t for t in triples if writer_of(t[0]) == writer))
    return reports


def _log_report(title: str, report: Report) -> None:
    fields = {name: s.value for name, s in report.fields.items()}
    log.info("%s: macro-F1 %.3f, accuracy %.3f, %s, invoice F1 %.3f", title, report.macro_f1,
             report.accuracy,
             ", ".join(f"{k} {v:.3f}" for k, v in fields.items() if v is not None),
             report.invoice_f1)


def _log_errors(report: Report) -> None:
    for intent, row in report.per_intent.items():
        if row["support"]:
            log.info("  %-22s P %.3f R %.3f F1 %.3f (%d)", intent, row["precision"],
                     row["recall"], row["f1"], row["support"])
    for error in report.errors:
        if error["intent"] != error["predicted"]:
            log.info("  %s: %s -> %s", error["file"], error["intent"], error["predicted"])


def main(argv: list[str] | None = None) -> int:
    """Train on a corpus folder and save the model inside the package."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--output", type=Path, default=MODEL_PATH)
    parser.add_argument("--c", type=float, default=DEFAULT_C, help="regularization")
    parser.add_argument("--cue-scale", type=float, default=DEFAULT_CUE_SCALE,
                        help="weight of the cue columns beside the n-grams")
    parser.add_argument("--cv", action="store_true",
                        help="first report 5-fold stratified cross-validation of the whole engine")
    parser.add_argument("--by-writer", action="store_true",
                        help="first report leave-one-writer-out scores (writer = file-name prefix)")
    parser.add_argument("--no-save", action="store_true", help="evaluate only; keep the model")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.cv:
        report = cross_validate_engine(args.corpus, c=args.c, cue_scale=args.cue_scale)
        _log_report("5-fold CV (whole engine)", report)
        _log_errors(report)
    if args.by_writer:
        reports = by_writer_engine(args.corpus, c=args.c, cue_scale=args.cue_scale)
        for writer, report in reports.items():
            _log_report(f"writer {writer} left out ({report.messages} messages)", report)
            _log_errors(report)
        log.info("leave-one-writer-out intent macro-F1: %s; mean %.3f",
                 ", ".join(f"{w} {r.macro_f1:.3f}" for w, r in reports.items()),
                 sum(r.macro_f1 for r in reports.values()) / len(reports))
    if args.no_save:
        return 0
    examples, labels = corpus_texts(args.corpus)
    log.info("training on %d messages from %s", len(examples), args.corpus)
    parts, model = fit(examples, labels, args.c, cue_scale=args.cue_scale)
    save_model(
        args.output, classes=[str(k) for k in model.classes_], word_vocab=parts["word"][0],
        char_vocab=parts["char"][0], word_idf=parts["word"][1], char_idf=parts["char"][1],
        coef=model.coef_, intercept=model.intercept_, cue_names=CUE_NAMES,
        cue_scale=args.cue_scale,
        meta={"messages": len(examples), "C": args.c, "corpus": str(args.corpus)},
    )
    log.info("saved %s (%d bytes, C=%g)", args.output, args.output.stat().st_size, args.c)
    return 0


if __name__ == "__main__":
    sys.exit(main())
