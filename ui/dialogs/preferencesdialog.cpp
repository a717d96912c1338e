// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "canvas/mapscene.h"
#include "mainwindow/languageloader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cjm {

namespace {

const QString kLanguageKey = u"preferences/language"_s;
const QString kThemeKey = u"preferences/theme"_s;

void selectData(QComboBox *box, const QString &data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), mLanguage(new QComboBox(this)), mTheme(new QComboBox(this))
{
    setObjectName(u"PreferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    mLanguage->addItem(tr("System language"), QString());
    // Each language is named in itself, so a reader finds their own whatever is shown now.
    mLanguage->addItem(u"English"_s, u"en"_s);
    mLanguage->addItem(u"中文"_s, u"zh_CN"_s);
    mLanguage->addItem(u"Deutsch"_s, u"de"_s);
    mLanguage->addItem(u"한국어"_s, u"ko"_s);
    selectData(mLanguage, storedLanguage());
    mTheme->addItem(tr("Light"), u"light"_s);
    mTheme->addItem(tr("Dark"), u"dark"_s);
    mTheme->addItem(tr("High contrast"), u"highContrast"_s);
    selectData(mTheme, storedThemeName());

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), mLanguage);
    auto *note = new QLabel(tr("The language changes the next time Journey Studio starts."), this);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    form->addRow(tr("Map &theme:"), mTheme);
    auto *buttons = new QDialogButtonBox(
            QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &PreferencesDialog::apply);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString PreferencesDialog::storedLanguage()
{
    return LanguageLoader::normalised(QSettings().value(kLanguageKey).toString());
}

QString PreferencesDialog::startupLanguage()
{
    const QString chosen = storedLanguage();
    return chosen.isEmpty() ? LanguageLoader::systemLanguage() : chosen;
}

QString PreferencesDialog::storedThemeName()
{
    const QString name = QSettings().value(kThemeKey).toString();
    return name == u"dark"_s || name == u"highContrast"_s ? name : u"light"_s;
}

MapTheme PreferencesDialog::themeNamed(const QString &name)
{
    if (name == u"dark"_s)
        return MapTheme::dark();
    if (name == u"highContrast"_s)
        return MapTheme::highContrast();
    return MapTheme::light();
}

void PreferencesDialog::applyStoredTheme(MapScene *scene)
{
    const MapTheme theme = themeNamed(storedThemeName());
    scene->painter().setTheme(theme);
    scene->setBackgroundBrush(theme.background);
    scene->update();
}

void PreferencesDialog::apply()
{
    QSettings settings;
    settings.setValue(kLanguageKey, mLanguage->currentData().toString());
    settings.setValue(kThemeKey, mTheme->currentData().toString());
    Q_EMIT applied();
}

} // namespace cjm
