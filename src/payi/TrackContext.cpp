#include "payi/TrackContext.h"

#include "payi/ScopeTrace.h"

#include <QVarLengthArray>

namespace payi {

// One open scope: its own parameters and its parent. Immutable once made, so a captured
// chain can be read from any thread while the scopes that made it have long closed.
class ScopeFrame
{
public:
    ScopeFrame(std::shared_ptr<const ScopeFrame> parent, const Params &params, Origin origin)
        : m_parent(std::move(parent))
        , m_scope(scopeLayer(params, origin))
    {
    }

    Attribution resolve(const Attribution &root) const
    {
        QVarLengthArray<const ScopeFrame *, 8> chain;
        for (const ScopeFrame *f = this; f; f = f->m_parent.get())
            chain.append(f);
        Attribution out = root;
        for (auto it = chain.crbegin(); it != chain.crend(); ++it)
            applyScope(out, (*it)->m_scope);
        return out;
    }

private:
    std::shared_ptr<const ScopeFrame> m_parent;
    ScopeLayer m_scope;
};

namespace {
thread_local std::shared_ptr<const ScopeFrame> t_current;
}

CapturedContext CapturedContext::current()
{
    return CapturedContext(t_current);
}

Attribution CapturedContext::resolve(const Attribution &root) const
{
    return m_frame ? m_frame->resolve(root) : root;
}

ContextInstaller::ContextInstaller(const CapturedContext &context)
    : m_previous(std::exchange(t_current, context.m_frame))
{
}

ContextInstaller::~ContextInstaller()
{
    t_current = std::move(m_previous);
}

TrackContext::TrackContext(const Params &params) : TrackContext(params, Origin::TrackContext) {}

TrackContext::TrackContext(const Params &params, Origin origin)
    : m_previous(t_current)
    , m_frame(std::make_shared<const ScopeFrame>(t_current, params, origin))
{
    t_current = m_frame;
}

TrackContext::~TrackContext()
{
    t_current = std::move(m_previous);
}

CapturedContext TrackContext::captured() const
{
    return CapturedContext(m_frame);
}

} // namespace payi
