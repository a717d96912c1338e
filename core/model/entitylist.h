// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QUuid>
#include <QVector>

#include <algorithm>

namespace cjm {

/**
 * The entities of one kind in a project, with O(1) lookup by id.
 *
 * Storage order is not meaningful (removal swaps the last element into the
 * gap); order among siblings is each entity's `position`, see ordered().
 */
template <class T>
class EntityList
{
public:
    using value_type = T;

    const QVector<T> &items() const { return mItems; }
    int size() const { return mItems.size(); }
    bool isEmpty() const { return mItems.isEmpty(); }
    auto begin() const { return mItems.cbegin(); }
    auto end() const { return mItems.cend(); }

    const T *find(const QUuid &id) const
    {
        const auto it = mIndex.constFind(id);
        return it == mIndex.constEnd() ? nullptr : &mItems[*it];
    }
    T *find(const QUuid &id)
    {
        const auto it = mIndex.constFind(id);
        return it == mIndex.constEnd() ? nullptr : &mItems[*it];
    }
    bool contains(const QUuid &id) const { return mIndex.contains(id); }

    /// Adds `item`; an item with the same id is replaced.
    void insert(const T &item)
    {
        if (T *existing = find(item.id)) {
            *existing = item;
            return;
        }
        mIndex.insert(item.id, mItems.size());
        mItems.append(item);
    }

    /// Removes the item with `id`; returns false if there was none.
    bool remove(const QUuid &id)
    {
        const auto it = mIndex.constFind(id);
        if (it == mIndex.constEnd())
            return false;
        const int index = *it;
        mIndex.erase(it);
        const int last = mItems.size() - 1;
        if (index != last) {
            mItems[index] = std::move(mItems[last]);
            mIndex[mItems[index].id] = index;
        }
        mItems.removeLast();
        return true;
    }

    void clear()
    {
        mItems.clear();
        mIndex.clear();
    }

    /// The items whose siblingKey() is `key`, by position.
    QVector<const T *> ordered(const QUuid &key) const
    {
        QVector<const T *> result;
        for (const T &item : mItems) {
            if (item.siblingKey() == key)
                result.append(&item);
        }
        std::sort(result.begin(), result.end(),
                  [](const T *a, const T *b) { return a->position < b->position; });
        return result;
    }

    /// The items that `pred` accepts, in storage order.
    template <class Pred>
    QVector<const T *> filtered(Pred pred) const
    {
        QVector<const T *> result;
        for (const T &item : mItems) {
            if (pred(item))
                result.append(&item);
        }
        return result;
    }

    /// The same items, field for field, regardless of storage order.
    bool operator==(const EntityList &other) const
    {
        if (size() != other.size())
            return false;
        for (const T &item : mItems) {
            const T *match = other.find(item.id);
            if (!match || !(*match == item))
                return false;
        }
        return true;
    }
    bool operator!=(const EntityList &other) const { return !(*this == other); }

private:
    QVector<T> mItems;
    QHash<QUuid, int> mIndex;
};

} // namespace cjm
