#include "ast.hpp"

#include <algorithm>

namespace tlgen::ast {

std::string type_expr::to_string() const
{
    std::string out;
    if (bare) {
        out += '%';
    }
    if (bang) {
        out += '!';
    }
    out += name;
    if (!args.empty()) {
        out += '<';
        for (std::size_t i = 0; i < args.size(); ++i) {
            if (i != 0) {
                out += ',';
            }
            out += args[i].to_string();
        }
        out += '>';
    }
    return out;
}

bool declaration::is_builtin_form() const noexcept
{
    return builtin_marker || std::ranges::any_of(args, [](const arg& a) {
               return a.form == arg::kind::anonymous || a.form == arg::kind::repetition;
           });
}

} // namespace tlgen::ast
