// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cjm {

/**
 * The outcome of an operation that can fail: errors are values, not exceptions.
 * A failure carries one message a user can read, naming what is wrong and where.
 */
class Status
{
public:
    /// Success.
    Status() = default;
    static Status success() { return Status(); }
    static Status failure(const QString &message) { return Status(message); }

    bool ok() const { return mMessage.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString &message() const { return mMessage; }

private:
    explicit Status(const QString &message)
        : mMessage(message.isEmpty() ? QStringLiteral("unknown error") : message)
    {}
    QString mMessage;
};

} // namespace cjm
