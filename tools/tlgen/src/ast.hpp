#pragma once
// The syntax tree of a TL schema file, as written (nothing resolved yet).

#include "error.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tlgen::ast {

/// A type expression: `int`, `#`, `%Message`, `!X`, `Vector<User>`, `Vector t` (application
/// in a result), `Vector<Vector<long>>`. Parentheses are dropped by the parser.
struct type_expr {
    std::string name;            // identifier, or "#" for the nat type
    std::vector<type_expr> args; // type arguments, from `<...>` or application
    bool bare = false;           // written with `%`
    bool bang = false;           // written with `!`
    source_location where;

    /// Renders the expression the canonical TL way (`%Vector<User>`, `!X`).
    [[nodiscard]] std::string to_string() const;
};

/// `flags.N?` in `name:flags.N?Type`.
struct flag_condition {
    std::string field; // the flags field (`flags`, `flags2`, …)
    unsigned bit = 0;  // N, 0..31
    source_location where;
};

/// One argument of a combinator.
struct arg {
    enum class kind {
        field,      // name:Type or name:flags.N?Type
        implicit,   // {X:Type}
        anonymous,  // a type without a name: the `#` of `vector {t:Type} # [ t ]`
        repetition, // [ t ] or 4*[ int ]
    };

    kind form = kind::field;
    std::string name;                          // empty for anonymous and repetition args
    std::optional<flag_condition> condition;   // kind::field only
    type_expr type;                            // not used by kind::repetition
    std::optional<unsigned long> multiplicity; // the 4 of `4*[ int ]`
    std::vector<arg> repeated;                 // kind::repetition: the args between the brackets
    source_location where;
};

/// One declaration: `name#id args... = Result;` or a built-in form (`int ? = Int;`).
struct declaration {
    std::string name;                // full TL name, namespace included: `phone.confirmCall`
    std::optional<std::uint32_t> id; // the written `#id`, if any
    std::vector<arg> args;
    type_expr result;
    bool is_function = false;    // declared after `---functions---`
    bool builtin_marker = false; // `name ? = Type` (a built-in bare type)
    source_location where;       // of the name

    /// A built-in form that defines a primitive rather than a regular constructor: the `?`
    /// marker, or anonymous / repeated arguments (`vector {t:Type} # [ t ]`, `int128 4*[ int ]`).
    [[nodiscard]] bool is_builtin_form() const noexcept;
};

/// One parsed file.
struct schema_file {
    std::string path;
    std::vector<declaration> declarations;
};

} // namespace tlgen::ast
