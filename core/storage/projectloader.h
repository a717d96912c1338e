// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"
#include "util/status.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace cjm {

/**
 * Reads a Project from an open project database, checking every value against
 * its field's type and range and the structure the model relies on (a pain
 * point's stage is its touchpoint's stage, link ends exist). The first problem
 * found is returned as one message naming the table, row and column.
 */
class ProjectLoader
{
    Q_DECLARE_TR_FUNCTIONS(cjm::ProjectLoader)

public:
    static Status load(QSqlDatabase database, Project *project);

private:
    template <class T>
    static Status loadList(QSqlDatabase &database, EntityList<T> *list);
    static Status loadInfo(QSqlDatabase &database, ProjectInfo *info);
    static Status loadLinks(QSqlDatabase &database, Project *project);
    static Status checkStructure(const Project &project);
    static Status checkSurveyData(QSqlDatabase &database);
};

} // namespace cjm
