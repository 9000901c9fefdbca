"""The text classifier both small models use: word and character n-grams (typos, slang) into a logistic
regression with classes weighted equally. scikit-learn comes with Rasa; this knows nothing about Rasa."""
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_union


def ngram_classifier(c: float) -> Pipeline:
    features = make_union(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, lowercase=True),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2, lowercase=True),
    )
    # Balanced classes: the labels that matter are a minority of the examples.
    classifier = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
    return Pipeline([("features", features), ("classifier", classifier)])
