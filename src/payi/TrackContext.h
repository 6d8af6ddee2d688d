#pragma once

#include "payi/Attribution.h"

#include <memory>
#include <type_traits>
#include <utility>

namespace payi {

class ScopeFrame;

// The tracking scopes in force at one point of the program, captured as a value.
// Cheap to copy (one shared pointer). A provider call captures it when it starts and
// keeps it to its completion; bind() carries it into other threads and loop turns.
class CapturedContext
{
public:
    CapturedContext() = default;

    // The scopes in force on the calling thread now.
    static CapturedContext current();

    bool hasScope() const { return bool(m_frame); }

    // Resolves the scopes on top of root (the global context, or an empty context
    // when global instrumentation is off).
    Attribution resolve(const Attribution &root) const;

    // Runs fn with this context in force on the calling thread, then restores the old one.
    template <typename Fn>
    decltype(auto) run(Fn &&fn) const;

    friend bool operator==(const CapturedContext &a, const CapturedContext &b) { return a.m_frame == b.m_frame; }

private:
    friend class TrackContext;
    friend class ContextInstaller;
    explicit CapturedContext(std::shared_ptr<const ScopeFrame> frame) : m_frame(std::move(frame)) {}
    std::shared_ptr<const ScopeFrame> m_frame;
};

// Puts a captured context in force on this thread for its lifetime (RAII).
class ContextInstaller
{
public:
    explicit ContextInstaller(const CapturedContext &context);
    ~ContextInstaller();
    ContextInstaller(const ContextInstaller &) = delete;
    ContextInstaller &operator=(const ContextInstaller &) = delete;

private:
    std::shared_ptr<const ScopeFrame> m_previous;
};

// track_context(): a scope with parameters known at run time, open for this object's
// lifetime on the current thread. Scopes nest; destroy them in reverse order of creation
// (as a `with` block does). Calls started inside keep this scope's attribution even if
// they complete after it closed.
class TrackContext
{
public:
    explicit TrackContext(const Params &params);
    ~TrackContext();
    TrackContext(const TrackContext &) = delete;
    TrackContext &operator=(const TrackContext &) = delete;

    CapturedContext captured() const;

protected:
    TrackContext(const Params &params, Origin origin);

private:
    std::shared_ptr<const ScopeFrame> m_previous;
    std::shared_ptr<const ScopeFrame> m_frame;
};

namespace detail {
class TrackScope : public TrackContext
{
public:
    explicit TrackScope(const Params &params) : TrackContext(params, Origin::Track) {}
};
} // namespace detail

// @track: runs fn inside a scope. Each invocation that names a use case and gives no
// use_case_id is a new instance with a freshly generated id.
template <typename Fn>
decltype(auto) track(const Params &params, Fn &&fn)
{
    detail::TrackScope scope(params);
    return std::forward<Fn>(fn)();
}

// Wraps fn so that, wherever and whenever it runs (a QThreadPool task, QtConcurrent, a
// queued lambda, a later loop turn), the context in force *now* is in force for it.
template <typename Fn>
auto bind(Fn &&fn)
{
    return [context = CapturedContext::current(), fn = std::forward<Fn>(fn)](auto &&...args) mutable -> decltype(auto) {
        ContextInstaller installed(context);
        return fn(std::forward<decltype(args)>(args)...);
    };
}

template <typename Fn>
decltype(auto) CapturedContext::run(Fn &&fn) const
{
    ContextInstaller installed(*this);
    return std::forward<Fn>(fn)();
}

} // namespace payi
