// tlgen-model: parses TL schema files into the model and prints a summary (counts, cycle
// groups with their heap-boxed fields, id mismatches). For checking a schema by hand.
//
//   tlgen-model [--lenient-ids] FILE.tl...

#include "model.hpp"
#include "names.hpp"
#include "parser.hpp"

#include <algorithm>
#include <iostream>
#include <string_view>
#include <vector>

namespace {

void print_counts(const tlgen::model& m)
{
    const auto single = std::ranges::count_if(m.types, &tlgen::boxed_type::single_constructor);
    const auto generic = std::ranges::count_if(m.functions, &tlgen::combinator::is_generic);
    std::size_t fields = 0;
    std::size_t conditional = 0;
    std::size_t flags = 0;
    std::size_t shared = 0;
    for (const auto* list : {&m.constructors, &m.functions}) {
        for (const auto& c : *list) {
            fields += c.fields.size();
            conditional += static_cast<std::size_t>(
                std::ranges::count_if(c.fields, [](const auto& f) { return f.condition.has_value(); }));
            flags += c.flags.size();
            shared += static_cast<std::size_t>(
                std::ranges::count_if(c.flags, [](const auto& f) { return f.shared_bits != 0; }));
        }
    }
    std::cout << "constructors: " << m.constructors.size() << "\nfunctions: " << m.functions.size()
              << " (generic: " << generic << ")\nboxed types: " << m.types.size() << " (single constructor: " << single
              << ")\nfields: " << fields << " (conditional: " << conditional << ", flags fields: " << flags
              << ", flags fields with shared bits: " << shared << ")\nbuilt-ins:";
    for (const auto& b : m.builtins) {
        std::cout << ' ' << b;
    }
    std::cout << '\n';
}

void print_id_mismatches(const tlgen::model& m)
{
    std::cout << "id mismatches: " << m.id_mismatches.size() << '\n';
    for (const auto& x : m.id_mismatches) {
        std::cout << "  " << x.where.to_string() << ": " << x.tl_name << " written " << tlgen::format_id(x.written)
                  << " computed " << tlgen::format_id(x.computed) << (x.known ? " (known exception)" : "") << '\n';
    }
}

void print_types(const tlgen::model& m, const std::vector<std::size_t>& types)
{
    for (const std::size_t t : types) {
        std::cout << ' ' << m.types[t].tl_name;
    }
}

void print_cycles(const tlgen::model& m)
{
    const auto cyclic = m.cycle_groups();
    std::size_t all = 0;
    for (const std::size_t g : cyclic) {
        all += m.groups[g].cycle_fields;
    }
    std::cout << "type groups: " << m.groups.size() << "\nby-value cycles: " << m.value_cycles.size() << '\n';
    for (const auto& cycle : m.value_cycles) {
        std::cout << " ";
        print_types(m, cycle);
        std::cout << '\n';
    }
    std::cout << "cycle groups: " << cyclic.size() << " (heap-boxed fields: " << m.boxed_fields().size()
              << "; boxing every by-value field inside the groups would take " << all << ")\n";
    for (const std::size_t g : cyclic) {
        const tlgen::type_group& group = m.groups[g];
        std::cout << "  group " << g << (group.minimal ? "" : " (boxes not minimal)") << ":";
        print_types(m, group.types);
        std::cout << '\n';
        for (const auto& r : group.boxed_fields) {
            const auto& c = m.constructors[r.constructor];
            const auto& f = c.fields[r.field];
            std::cout << "    box " << c.tl_name << '.' << f.tl_name << ':' << f.type.tl << '\n';
        }
    }
}

} // namespace

int main(int argc, char** argv)
{
    tlgen::model_options options;
    std::vector<tlgen::ast::schema_file> files;
    try {
        for (const std::string_view arg : std::vector<std::string_view>(argv + 1, argv + argc)) {
            if (arg == "--lenient-ids") {
                options.strict_ids = false;
            } else {
                files.push_back(tlgen::parse_file(arg));
            }
        }
        if (files.empty()) {
            std::cerr << "usage: tlgen-model [--lenient-ids] FILE.tl...\n";
            return 2;
        }
        const tlgen::model m = tlgen::build_model(files, options);
        print_counts(m);
        print_id_mismatches(m);
        print_cycles(m);
        return std::ranges::all_of(m.id_mismatches, &tlgen::id_mismatch::known) ? 0 : 1;
    } catch (const tlgen::error& e) {
        std::cerr << e.what() << '\n';
        return 1;
    }
}
