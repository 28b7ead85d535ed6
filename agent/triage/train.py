"""Train the intent classifier on a labelled corpus: python3 -m agent.triage.train corpus/train.

Only the training folder is read; the held-out folder is for `arbot eval` and never seen here.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold
from scipy import sparse

from agent.mail.parse import parse_message
from agent.triage.corpus import directory_from_csv, load_corpus
from agent.triage.extract import extract_facts
from agent.triage.features import classifier_text
from agent.triage.model import CHAR_PARAMS, MODEL_PATH, WORD_PARAMS, save_model

log = logging.getLogger(__name__)

DEFAULT_C = 20.0


def ledger_path(corpus_dir: Path) -> Path:
    """Return the corpus's ledger.csv (its own, else the shared one a level up)."""
    own = corpus_dir / "ledger.csv"
    return own if own.is_file() else corpus_dir.parent / "ledger.csv"


def corpus_texts(corpus_dir: Path) -> tuple[list[str], list[str]]:
    """Return classifier texts and intent labels of a corpus."""
    directory = directory_from_csv(ledger_path(corpus_dir))
    texts, labels = [], []
    for message in load_corpus(corpus_dir):
        parsed = parse_message(message.raw)
        texts.append(classifier_text(parsed, extract_facts(parsed, directory)))
        labels.append(message.label["intent"])
    return texts, labels


def fit(texts: list[str], labels: list[str], c: float = DEFAULT_C, min_df: int = 2):
    """Fit vectorizers, idf and the logistic regression; return what save_model needs."""
    blocks, parts = [], {}
    for name, params in (("word", WORD_PARAMS), ("char", CHAR_PARAMS)):
        counts = CountVectorizer(min_df=min_df, **params).fit(texts)
        matrix = counts.transform(texts)
        tfidf = TfidfTransformer(sublinear_tf=True).fit(matrix)
        blocks.append(tfidf.transform(matrix))
        parts[name] = (counts.get_feature_names_out().tolist(), tfidf.idf_)
    features = sparse.hstack(blocks, format="csr")
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    model.fit(features, labels)
    return parts, model


def cross_validate(texts: list[str], labels: list[str], c: float, folds: int = 5) -> float:
    """Return the macro-F1 of stratified k-fold cross-validation on the training corpus."""
    y = np.asarray(labels)
    predicted = np.empty_like(y)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=7)
    for train_idx, test_idx in splitter.split(texts, y):
        parts, model = fit([texts[i] for i in train_idx], list(y[train_idx]), c)
        test = [texts[i] for i in test_idx]
        blocks = []
        for name, params in (("word", WORD_PARAMS), ("char", CHAR_PARAMS)):
            vocab, idf = parts[name]
            counts = CountVectorizer(vocabulary=vocab, **params).transform(test).astype(float)
            counts.data = 1.0 + np.log(counts.data)
            from sklearn.preprocessing import normalize

            blocks.append(normalize(counts.multiply(idf).tocsr()))
        predicted[test_idx] = model.predict(sparse.hstack(blocks, format="csr"))
    return float(f1_score(y, predicted, average="macro"))


def main(argv: list[str] | None = None) -> int:
    """Train on a corpus folder and save the model inside the package."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--output", type=Path, default=MODEL_PATH)
    parser.add_argument("--c", type=float, default=None, help="regularization (default: tuned)")
    parser.add_argument("--cv", action="store_true", help="cross-validate C values and report")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    texts, labels = corpus_texts(args.corpus)
    log.info("training on %d messages from %s", len(texts), args.corpus)
    c = args.c or DEFAULT_C
    if args.cv:
        scores = {value: cross_validate(texts, labels, value) for value in (1, 5, 20, 50, 100)}
        for value, score in scores.items():
            log.info("C=%-6g 5-fold macro-F1 %.3f", value, score)
        c = args.c or max(scores, key=lambda v: scores[v])
    parts, model = fit(texts, labels, c)
    save_model(
        args.output, classes=[str(k) for k in model.classes_], word_vocab=parts["word"][0],
        char_vocab=parts["char"][0], word_idf=parts["word"][1], char_idf=parts["char"][1],
        coef=model.coef_, intercept=model.intercept_,
        meta={"messages": len(texts), "C": c, "corpus": str(args.corpus)},
    )
    log.info("saved %s (%d bytes, C=%g)", args.output, args.output.stat().st_size, c)
    return 0


if __name__ == "__main__":
    sys.exit(main())
