#include "tests/reliability/hostiletext.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QHeaderView>
#include <QLabel>
#include <QTextDocument>
#include <QTextEdit>
#include <QWidget>

namespace hindsight::test {

namespace {

// The markup fragments, as typed; any of them present raw in rich text would be interpreted.
const QStringList &markers()
{
    static const QStringList list{
        QStringLiteral("<font color=red>"),
        QStringLiteral("<a href=\"file:///etc/passwd\">"),
        QStringLiteral("<img src=x>"),
        QStringLiteral("<b>Bold</b>"),
    };
    return list;
}

bool holdsRawMarkup(const QString &text)
{
    for (const QString &m : markers())
        if (text.contains(m))
            return true;
    return false;
}

QString describe(const QObject *o)
{
    QString path;
    for (; o; o = o->parent()) {
        const QString name = o->objectName().isEmpty()
                                 ? QString::fromLatin1(o->metaObject()->className())
                                 : o->objectName();
        path = path.isEmpty() ? name : name + QLatin1Char('/') + path;
    }
    return path;
}

// A tooltip is shown as rich text when Qt's heuristic says so; raw markup then renders.
void checkToolTip(const QString &tip, const QString &where, QStringList &found)
{
    if (holdsRawMarkup(tip) && Qt::mightBeRichText(tip))
        found << QStringLiteral("%1: tooltip interprets %2").arg(where, tip);
}

void checkModel(const QAbstractItemModel *model, const QModelIndex &parent, const QString &where,
                QStringList &found)
{
    const int rows = model->rowCount(parent);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QModelIndex index = model->index(r, c, parent);
            checkToolTip(index.data(Qt::ToolTipRole).toString(),
                         QStringLiteral("%1 item (%2, %3)").arg(where).arg(r).arg(c), found);
        }
        const QModelIndex first = model->index(r, 0, parent);
        if (model->hasChildren(first))
            checkModel(model, first, where, found);
    }
    for (int c = 0; c < model->columnCount(parent) && !parent.isValid(); ++c)
        checkToolTip(model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString(),
                     QStringLiteral("%1 header %2").arg(where).arg(c), found);
}

void checkWidget(QWidget *w, QStringList &found)
{
    const QString where = describe(w);
    if (w->isWindow() && w->windowTitle().contains(QStringLiteral("&lt;")))
        found << QStringLiteral("%1: window title shows escaped markup: %2")
                     .arg(where, w->windowTitle());
    checkToolTip(w->toolTip(), where, found);
    if (auto *label = qobject_cast<QLabel *>(w);
        label && holdsRawMarkup(label->text()) && label->textFormat() != Qt::PlainText)
        found << QStringLiteral("%1: label interprets %2").arg(where, label->text());
    if (auto *edit = qobject_cast<QTextEdit *>(w)) {
        // A document that made a link, an image or a colour out of user text.
        const QString html = edit->document()->toHtml();
        if (html.contains(QStringLiteral("file:///etc/passwd\""))
            || html.contains(QStringLiteral("<img src=\"x\""))
            || html.contains(QStringLiteral("color:#ff0000")))
            found << QStringLiteral("%1: text view interprets user markup").arg(where);
    }
    // A header shares its view's model; the view checks it.
    if (auto *view = qobject_cast<QAbstractItemView *>(w);
        view && view->model() && !qobject_cast<QHeaderView *>(w))
        checkModel(view->model(), view->rootIndex(), where, found);
}

} // namespace

QStringList hostileTexts()
{
    return {
        QStringLiteral("<font color=red>Eve</font>"),
        QStringLiteral("<a href=\"file:///etc/passwd\">Mallory</a>"),
        QStringLiteral("<img src=x>Trent"),
        QStringLiteral("<b>Bold</b>"),
    };
}

QStringList interpretedHostileText(QWidget *root)
{
    QStringList found;
    checkWidget(root, found);
    for (QWidget *w : root->findChildren<QWidget *>())
        checkWidget(w, found);
    return found;
}

} // namespace hindsight::test
