// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/maptheme.h"

#include <QDialog>

class QComboBox;

namespace cjm {

class MapScene;

/**
 * Edit › Preferences: the language of the interface (system, English, 中文, Deutsch, 한국어 —
 * used from the next start) and the theme of the map (light, dark, high contrast — applied at
 * once). Both are kept in QSettings.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /// The language chosen: "" for the system's, else a LanguageLoader code ("zh_CN").
    static QString storedLanguage();
    /// The language to load at start: the one chosen, or the system's.
    static QString startupLanguage();
    /// The map theme chosen: "light" (the default), "dark" or "highContrast".
    static QString storedThemeName();
    /// The theme called `name` (light for an unknown name).
    static MapTheme themeNamed(const QString &name);
    /// Paints `scene` in the stored theme from now on.
    static void applyStoredTheme(MapScene *scene);

    QComboBox *languageBox() const { return mLanguage; }
    QComboBox *themeBox() const { return mTheme; }

public Q_SLOTS:
    /// Stores the choices and announces them (applied()).
    void apply();

Q_SIGNALS:
    /// The choices were stored: apply the theme.
    void applied();

private:
    QComboBox *mLanguage;
    QComboBox *mTheme;
};

} // namespace cjm
