#pragma once

#include <QDialog>

class QSpinBox;

namespace hindsight::ui {

// A dialog that edits one number of the settings: a sentence on what it does, one labelled spin
// box, OK and Cancel. Accepting counts a number typed and not yet confirmed with Enter, and hands
// it to store(). A subclass says what the number is (Spec) and where it goes.
class NumberSettingDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberSettingDialog)

public:
    struct Spec
    {
        QString dialogName; // object names, for tests and accessibility tools
        QString spinBoxName;
        QString title;
        QString about; // the sentence above the number
        QString label; // with its & mnemonic
        QString accessibleName;
        QString suffix;
        QString specialValueText; // shown for the minimum, when it means "off"
        int minimum = 0;
        int maximum = 0;
        int step = 1;
        int value = 0;
        int minimumWidth = 360;
    };

    int value() const;
    void setValue(int value);

    void accept() override;

protected:
    NumberSettingDialog(const Spec &spec, QWidget *parent);

    virtual void store(int value) = 0;

private:
    QSpinBox *m_spinBox;
};

} // namespace hindsight::ui
