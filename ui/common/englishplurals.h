#pragma once

#include <QTranslator>

namespace hindsight::ui {

// English plural forms for the source strings, without a compiled English catalogue: turns
// "%n candidate(s)" into "1 candidate" or "3 candidates". Install it before any real translation
// (QCoreApplication asks the most recently installed translator first), so Danish or Indonesian
// catalogues win wherever they have the string.
class EnglishPlurals final : public QTranslator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnglishPlurals)

public:
    explicit EnglishPlurals(QObject *parent = nullptr);

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }
};

} // namespace hindsight::ui
