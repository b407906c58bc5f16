#include "model.hpp"

#include "dependencies.hpp"
#include "names.hpp"
#include "normalize.hpp"

#include <tlcodec/crc32.hpp> // one CRC32 for the library and the generator

#include <algorithm>
#include <array>
#include <set>
#include <utility>

namespace tlgen {
namespace {

struct scalar_name {
    std::string_view tl;
    scalar value;
};
constexpr std::array scalar_names{
    scalar_name{"int", scalar::int_},       scalar_name{"long", scalar::long_},
    scalar_name{"double", scalar::double_}, scalar_name{"int128", scalar::int128},
    scalar_name{"int256", scalar::int256},  scalar_name{"string", scalar::string},
    scalar_name{"bytes", scalar::bytes},    scalar_name{"Bool", scalar::bool_},
    scalar_name{"true", scalar::true_},     scalar_name{"#", scalar::nat},
};

std::optional<scalar> find_scalar(std::string_view tl) noexcept
{
    for (const auto& s : scalar_names) {
        if (s.tl == tl) {
            return s.value;
        }
    }
    return std::nullopt;
}

template <class Map>
std::optional<std::size_t> lookup(const Map& map, std::string_view name)
{
    if (const auto it = map.find(name); it != map.end()) {
        return it->second;
    }
    return std::nullopt;
}

template <class T, class Map>
const T* lookup_in(const std::vector<T>& items, const Map& map, std::string_view name)
{
    const auto i = lookup(map, name);
    return i ? &items[*i] : nullptr;
}

// Rejects a name that C++ reserves: no escape makes it usable.
void check_not_reserved(std::string_view name, const source_location& where)
{
    if (is_reserved_identifier(name)) {
        throw error(where, "'" + std::string(name) +
                               "' is reserved in C++ (it contains '__' or starts with '_' and an upper-case letter)");
    }
}

// Fills tl_name, ns, cpp_ns, name and cpp_name of a combinator or boxed type.
template <class Entity>
void set_names(Entity& e, std::string_view tl_name, const source_location& where)
{
    for (std::string_view rest = tl_name; !rest.empty();) {
        const auto dot = rest.find('.');
        check_not_reserved(rest.substr(0, dot), where);
        rest = dot == std::string_view::npos ? std::string_view{} : rest.substr(dot + 1);
    }
    const auto [ns, name] = split_name(tl_name);
    e.tl_name = std::string(tl_name);
    e.ns = std::string(ns);
    e.cpp_ns = cpp_namespace(ns);
    e.name = std::string(name);
    e.cpp_name = cpp_scoped_name(name);
}

// `phone::confirmCall`: where an entity is in C++, below the schema's `basic` namespace (and,
// as its owning alias, below the schema's namespace).
template <class Entity>
std::string cpp_path(const Entity& e)
{
    return e.cpp_ns.empty() ? e.cpp_name : e.cpp_ns + "::" + e.cpp_name;
}

// The C++ member for field `tl_name` of `c`: keywords, generated member names and c's type
// parameters get a trailing `_`.
std::string member_name(const combinator& c, const std::string& tl_name)
{
    if (is_generated_member(tl_name) || std::ranges::find(c.type_params, tl_name) != c.type_params.end()) {
        return tl_name + "_";
    }
    return cpp_safe(tl_name);
}

// Builds a model in three steps: declare every combinator and type, resolve the fields (which
// may refer to anything declared anywhere), then analyse dependencies.
class builder {
public:
    explicit builder(const model_options& options) : options_(options) {}

    model run(const std::vector<ast::schema_file>& files)
    {
        for (const auto& file : files) {
            for (const auto& d : file.declarations) {
                declare(d);
            }
        }
        escape_namespace_clashes();
        check_cpp_names();
        for (std::size_t i = 0; i < m_.constructors.size(); ++i) {
            resolve_fields(m_.constructors[i], *constructor_decls_[i]);
        }
        for (std::size_t i = 0; i < m_.functions.size(); ++i) {
            resolve_fields(m_.functions[i], *function_decls_[i]);
            m_.functions[i].result = resolve(function_decls_[i]->result, m_.functions[i].type_params);
        }
        analyze_dependencies(m_, options_.minimal_boxes);
        return std::move(m_);
    }

private:
    // ---- step 1: declarations -------------------------------------------------------------

    void declare(const ast::declaration& d)
    {
        if (const auto first = declared_.find(d.name); first != declared_.end()) {
            if (same_declaration(*first->second, d)) {
                return; // the same declaration in another file of the schema
            }
            throw error(d.where,
                        "duplicate name '" + d.name + "' (first declared at " + first->second->where.to_string() + ")");
        }
        declared_.emplace(d.name, &d);
        std::string text = normalized(d);
        const std::uint32_t computed = check_id(d, text);
        if (d.is_builtin_form()) {
            m_.builtins.push_back(d.name);
            return;
        }

        combinator c;
        set_names(c, d.name, d.where);
        c.id_written = d.id.has_value();
        c.computed_id = computed;
        c.normalized = std::move(text);
        c.id = d.id.value_or(computed);
        c.is_function = d.is_function;
        c.where = d.where;
        if (const auto [other, inserted] = ids_.emplace(c.id, &d); !inserted) {
            throw error(d.where, "duplicate id " + format_id(c.id) + ": '" + d.name + "' and '" + other->second->name +
                                     "' (at " + other->second->where.to_string() + ")");
        }

        if (d.is_function) {
            m_.function_index.emplace(d.name, m_.functions.size());
            m_.functions.push_back(std::move(c));
            function_decls_.push_back(&d);
            return;
        }
        const std::size_t index = m_.constructors.size();
        c.type = declare_result_type(d, index);
        c.result.kind = type_kind::boxed;
        c.result.index = c.type;
        c.result.tl = d.result.to_string();
        m_.constructor_index.emplace(d.name, index);
        m_.constructors.push_back(std::move(c));
        constructor_decls_.push_back(&d);
    }

    static bool same_declaration(const ast::declaration& a, const ast::declaration& b)
    {
        return a.is_function == b.is_function && a.id == b.id && normalized(a) == normalized(b);
    }

    // Checks a written id against the CRC of the normalized declaration `text`; returns the CRC.
    std::uint32_t check_id(const ast::declaration& d, const std::string& text)
    {
        const std::uint32_t computed = tlcodec::crc32(text);
        if (!d.id || *d.id == computed) {
            return computed;
        }
        const bool known = known_id_exception(d.name, *d.id).has_value();
        if (!known && options_.strict_ids) {
            throw error(d.where, "id mismatch for '" + d.name + "' (line " + std::to_string(d.where.line) +
                                     "): written " + format_id(*d.id) + ", computed " + format_id(computed) +
                                     " from '" + text + "'");
        }
        m_.id_mismatches.push_back({d.name, d.where, *d.id, computed, text, known});
        return computed;
    }

    std::size_t declare_result_type(const ast::declaration& d, std::size_t constructor)
    {
        const ast::type_expr& r = d.result;
        if (r.bare || r.bang || !r.args.empty() || !is_boxed_name(r.name)) {
            throw error(r.where, "the result of constructor '" + d.name +
                                     "' must be a boxed type name (upper-case after the namespace), found '" +
                                     r.to_string() + "'");
        }
        auto [it, added] = m_.type_index.emplace(r.name, m_.types.size());
        if (added) {
            boxed_type t;
            set_names(t, r.name, r.where);
            if (const auto s = find_scalar(r.name)) {
                t.maps_to = s;
            }
            t.where = d.where;
            m_.types.push_back(std::move(t));
        }
        m_.types[it->second].constructors.push_back(constructor);
        return it->second;
    }

    // An entity whose C++ path is also a namespace (a root `updates` beside `updates.state`)
    // gets a trailing `_`: a namespace and a class cannot share a name.
    void escape_namespace_clashes()
    {
        std::set<std::string, std::less<>> namespaces;
        const auto add_namespaces = [&](const auto& entities) {
            for (const auto& e : entities) {
                if (e.cpp_ns.empty()) continue;
                for (auto end = e.cpp_ns.find("::"); end != std::string::npos; end = e.cpp_ns.find("::", end + 2)) {
                    namespaces.insert(e.cpp_ns.substr(0, end)); // `a` of `a::b`
                }
                namespaces.insert(e.cpp_ns);
            }
        };
        const auto escape = [&](auto& entities) {
            for (auto& e : entities) {
                if (namespaces.contains(cpp_path(e))) e.cpp_name += '_';
            }
        };
        add_namespaces(m_.constructors);
        add_namespaces(m_.functions);
        add_namespaces(m_.types);
        escape(m_.constructors);
        escape(m_.functions);
        escape(m_.types);
    }

    // Constructors, functions and emitted types share the C++ namespaces: after escaping, no two
    // may have the same C++ name (`true` and `true_`), nor one that C++ reserves (`std` escaped
    // twice, beside a namespace `std`: `std__`).
    void check_cpp_names() const
    {
        std::map<std::string, std::pair<std::string, source_location>, std::less<>> seen; // C++ path → first
        const auto check = [&](const auto& e, const char* kind) {
            const std::string what = std::string(kind) + " '" + e.tl_name + "'";
            if (is_reserved_identifier(e.cpp_name)) {
                throw error(e.where, what + " becomes '" + e.cpp_name + "' in C++, a name C++ reserves");
            }
            const auto [it, added] = seen.try_emplace(cpp_path(e), what, e.where);
            if (!added) {
                throw error(e.where, what + " becomes '" + cpp_path(e) + "' in C++, as does the " + it->second.first +
                                         " (at " + it->second.second.to_string() + ")");
            }
        };
        for (const auto& c : m_.constructors) check(c, "constructor");
        for (const auto& f : m_.functions) check(f, "function");
        for (const auto& t : m_.types) {
            if (!t.maps_to) check(t, "type");
        }
    }

    // ---- step 2: fields and types ---------------------------------------------------------

    void resolve_fields(combinator& c, const ast::declaration& d) const
    {
        for (const auto& a : d.args) {
            if (a.form == ast::arg::kind::implicit) {
                declare_type_param(c, a);
                continue;
            }
            if (std::ranges::any_of(c.fields, [&](const field& f) { return f.tl_name == a.name; })) {
                throw error(a.where, "duplicate field name '" + a.name + "' in '" + c.tl_name + "'");
            }
            check_not_reserved(a.name, a.where);
            field f{
                member_name(c, a.name), a.name, resolve(a.type, c.type_params), std::nullopt, false, a.where, false};
            if (a.condition) {
                f.condition = resolve_condition(c, d, *a.condition);
            }
            if (std::ranges::any_of(c.fields, [&](const field& g) { return g.name == f.name; })) {
                throw error(a.where, "field '" + a.name + "' of '" + c.tl_name + "' becomes '" + f.name +
                                         "' in C++, which another field already uses");
            }
            c.fields.push_back(std::move(f));
        }
        fold_body_length(c);
        c.flags = analyze_flags(c.fields);
    }

    // `message msg_id:long seqno:int bytes:int body:Object` (docs/tl-binary.md §8): `bytes` is the length of
    // the body's encoding, so it is part of that encoding rather than a value of its own.
    static void fold_body_length(combinator& c)
    {
        if (c.fields.size() < 2) return;
        const field& length = c.fields[c.fields.size() - 2];
        field& body = c.fields.back();
        if (length.tl_name != "bytes" || !length.type.is(scalar::int_) || length.condition ||
            body.type.kind != type_kind::object || body.condition)
            return;
        body.length_prefixed = true;
        c.fields.erase(c.fields.end() - 2);
    }

    static void declare_type_param(combinator& c, const ast::arg& a)
    {
        if (a.type.name != "Type" || !a.type.args.empty() || a.type.bare || a.type.bang) {
            throw error(a.type.where, "unsupported implicit parameter '{" + a.name + ":" + a.type.to_string() +
                                          "}': only {X:Type} is supported");
        }
        if (std::ranges::find(c.type_params, a.name) != c.type_params.end()) {
            throw error(a.where, "duplicate type parameter '" + a.name + "' in '" + c.tl_name + "'");
        }
        // It is a template parameter beside the storage parameter S, inside the struct c.
        std::string problem = identifier_problem(a.name);
        if (problem.empty() && (a.name == "S" || a.name == c.cpp_name)) {
            problem = "is a name the generated struct uses itself";
        }
        if (!problem.empty()) {
            throw error(a.where, "type parameter '" + a.name + "' of '" + c.tl_name + "' " + problem);
        }
        c.type_params.push_back(a.name);
    }

    static field_condition resolve_condition(const combinator& c, const ast::declaration& d,
                                             const ast::flag_condition& cond)
    {
        const auto earlier = std::ranges::find(c.fields, cond.field, &field::tl_name);
        if (earlier == c.fields.end()) {
            const bool later = std::ranges::any_of(
                d.args, [&](const ast::arg& a) { return a.form == ast::arg::kind::field && a.name == cond.field; });
            throw error(cond.where, later ? "flags field '" + cond.field + "' is referenced before it is declared"
                                          : "unknown flags field '" + cond.field + "' in '" + c.tl_name + "'");
        }
        if (!earlier->is_flags()) {
            throw error(cond.where,
                        "'" + cond.field + "' is not a flags field: its type is '" + earlier->type.tl + "', not '#'");
        }
        return {static_cast<std::size_t>(earlier - c.fields.begin()), cond.bit};
    }

    static std::vector<flags_field> analyze_flags(const std::vector<field>& fields)
    {
        std::vector<flags_field> out;
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (fields[i].is_flags()) {
                out.push_back({i, 0, 0});
            }
        }
        for (const field& f : fields) {
            if (!f.condition) {
                continue;
            }
            flags_field& flags = *std::ranges::find(out, f.condition->flags_field, &flags_field::field);
            const std::uint32_t bit = std::uint32_t{1} << f.condition->bit;
            flags.shared_bits |= flags.used_bits & bit;
            flags.used_bits |= bit;
        }
        return out;
    }

    type_ref resolve(const ast::type_expr& t, const std::vector<std::string>& params) const
    {
        type_ref r;
        r.tl = t.to_string();
        const bool is_param = std::ranges::find(params, t.name) != params.end();
        if (t.bang && !is_param) {
            throw error(t.where, "'!" + t.name + "' needs a type parameter declared as {" + t.name + ":Type}");
        }
        if (t.name == "Vector" || t.name == "vector") {
            if (t.args.size() != 1) {
                throw error(t.where, "'" + t.name + "' takes exactly one type argument");
            }
            r.kind = type_kind::vector;
            r.boxed_vector = t.name == "Vector" && !t.bare;
            r.element = std::make_shared<const type_ref>(resolve(t.args.front(), params));
            return r;
        }
        if (!t.args.empty()) {
            throw error(t.where, "type '" + t.name + "' takes no type arguments");
        }
        if (is_param) {
            r.kind = type_kind::param;
            r.param = t.name;
            r.bang = t.bang;
        } else if (const auto s = find_scalar(t.name)) {
            r.scalar_type = *s;
        } else if (t.name == "Object") {
            r.kind = type_kind::object;
        } else if (is_boxed_name(t.name) && !t.bare) {
            r.kind = type_kind::boxed;
            r.index = find_type(t);
        } else {
            r.kind = type_kind::bare;
            r.index = is_boxed_name(t.name) ? sole_constructor(t) : find_constructor(t);
        }
        return r;
    }

    std::size_t find_type(const ast::type_expr& t) const
    {
        if (const auto i = lookup(m_.type_index, t.name)) {
            return *i;
        }
        throw error(t.where, "type '" + t.name + "' is referenced but never defined");
    }

    std::size_t find_constructor(const ast::type_expr& t) const
    {
        if (const auto i = lookup(m_.constructor_index, t.name)) {
            return *i;
        }
        throw error(t.where, "unknown type '" + t.name + "': not a built-in type and no constructor has this name");
    }

    // %T: the one constructor of T.
    std::size_t sole_constructor(const ast::type_expr& t) const
    {
        const boxed_type& type = m_.types[find_type(t)];
        if (!type.single_constructor()) {
            throw error(t.where, "'%" + t.name + "' needs a type with exactly one constructor, but '" + t.name +
                                     "' has " + std::to_string(type.constructors.size()));
        }
        return type.constructors.front();
    }

    const model_options& options_;
    model m_;
    std::map<std::string, const ast::declaration*, std::less<>> declared_;
    std::map<std::uint32_t, const ast::declaration*> ids_;
    std::vector<const ast::declaration*> constructor_decls_;
    std::vector<const ast::declaration*> function_decls_;
};

} // namespace

std::string_view tl_spelling(scalar s) noexcept
{
    for (const auto& n : scalar_names) {
        if (n.value == s) {
            return n.tl;
        }
    }
    return {};
}

const boxed_type* model::find_type(std::string_view tl_name) const { return lookup_in(types, type_index, tl_name); }

const combinator* model::find_constructor(std::string_view tl_name) const
{
    return lookup_in(constructors, constructor_index, tl_name);
}

const combinator* model::find_function(std::string_view tl_name) const
{
    return lookup_in(functions, function_index, tl_name);
}

std::vector<std::size_t> model::constructor_order() const
{
    std::vector<std::size_t> out;
    for (const std::size_t t : type_order) {
        out.insert(out.end(), types[t].constructors.begin(), types[t].constructors.end());
    }
    return out;
}

std::vector<std::size_t> model::cycle_groups() const
{
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        if (groups[i].cyclic) {
            out.push_back(i);
        }
    }
    return out;
}

std::vector<field_ref> model::boxed_fields() const
{
    std::vector<field_ref> out;
    for (const auto& g : groups) {
        out.insert(out.end(), g.boxed_fields.begin(), g.boxed_fields.end());
    }
    return out;
}

model build_model(const std::vector<ast::schema_file>& files, const model_options& options)
{
    return builder(options).run(files);
}

} // namespace tlgen
