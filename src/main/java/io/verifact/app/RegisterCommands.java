package io.verifact.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.verifact.model.Dossier;
import io.verifact.model.Supplier;
import io.verifact.model.SupplierId;
import io.verifact.store.LocalStore;
import io.verifact.store.StoreException;
import io.verifact.workflow.Registers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code supplier} and {@code dossier}: the registers in and out as CSV, listed, and their rules. */
final class RegisterCommands {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RegisterCommands() {
    }

    static PrintStream standardOutput() {
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    }

    static String actor() {
        return System.getProperty("user.name", "verifact");
    }

    @Command(name = "supplier", mixinStandardHelpOptions = true,
            description = "The supplier register: import and export it as CSV, list it, and keep keyword rules and accounts.",
            subcommands = {SupplierImport.class, SupplierExport.class, SupplierList.class, SupplierKeyword.class, SupplierAccount.class})
    static final class SupplierCommand {
    }

    @Command(name = "dossier", mixinStandardHelpOptions = true,
            description = "The client files: import and export them as CSV, list them, and keep their account mappings.",
            subcommands = {DossierImport.class, DossierExport.class, DossierList.class, DossierMapping.class})
    static final class DossierCommand {
    }

    /** What import, export and list share: the store, the output, and the exit codes. */
    abstract static class StoreCommand implements Callable<Integer> {

        final PrintStream out;

        @Option(names = "--db", required = true, paramLabel = "PATH", description = "The local store (created when missing).")
        Path db;

        StoreCommand(PrintStream out) {
            this.out = out;
        }

        abstract int run(LocalStore store) throws IOException;

        @Override
        public Integer call() {
            try (LocalStore store = LocalStore.open(db)) {
                return run(store);
            } catch (StoreException e) {
                System.err.println(e.getMessage());
                return e.problem() == StoreException.Problem.UNKNOWN_DOCUMENT ? 2 : 3;
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            } catch (IOException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
    }

    abstract static class ImportCommand extends StoreCommand {

        @Parameters(paramLabel = "FILE", description = "The CSV file, UTF-8, with a header row naming the columns.")
        Path file;

        ImportCommand(PrintStream out) {
            super(out);
        }

        abstract Registers.Report load(Registers registers, Path csv) throws IOException;

        abstract String things();

        @Override
        int run(LocalStore store) throws IOException {
            Registers.Report report = load(new Registers(store, actor()), file);
            report.problems().forEach(p -> System.err.println(file.getFileName() + " " + p));
            System.err.printf("%s: %d created, %d updated, %d unchanged, %d refused%n", things(), report.created(), report.updated(),
                    report.unchanged(), report.refused());
            return report.refused() > 0 ? 2 : 0;
        }
    }

    abstract static class ExportCommand extends StoreCommand {

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write the CSV (default: standard output).")
        Path output;

        ExportCommand(PrintStream out) {
            super(out);
        }

        abstract void save(Registers registers, Writer csv) throws IOException;

        @Override
        int run(LocalStore store) throws IOException {
            Registers registers = new Registers(store, actor());
            if (output == null) {
                Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                save(registers, csv);
                csv.flush();
            } else {
                try (Writer csv = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    save(registers, csv);
                }
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import suppliers from a CSV file with a header row such as:",
                    "  id, name, vat, siren, siret, iban, phone, fax, email, street, postcode, city, country, account",
                    "(also: national, bank, currency, vat_rate, blocked, keywords; several values in a cell separated by |).",
                    "A row whose id (or, without id, whose VAT number, SIRET or SIREN) is already in the register updates it.",
                    "Exit code: 0 when every row was imported, 2 when a row was refused (each said on standard error)."})
    static final class SupplierImport extends ImportCommand {

        SupplierImport() {
            this(standardOutput());
        }

        SupplierImport(PrintStream out) {
            super(out);
        }

        @Override
        Registers.Report load(Registers registers, Path csv) throws IOException {
            return registers.importSuppliers(csv);
        }

        @Override
        String things() {
            return "suppliers";
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the supplier register as CSV, in the register's order.")
    static final class SupplierExport extends ExportCommand {

        SupplierExport() {
            this(standardOutput());
        }

        SupplierExport(PrintStream out) {
            super(out);
        }

        @Override
        void save(Registers registers, Writer csv) throws IOException {
            registers.exportSuppliers(csv);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the supplier register as JSON Lines, one supplier per line, in the register's order.")
    static final class SupplierList extends StoreCommand {

        SupplierList() {
            this(standardOutput());
        }

        SupplierList(PrintStream out) {
            super(out);
        }

        @Override
        int run(LocalStore store) {
            for (Supplier s : store.suppliers().all()) {
                ObjectNode o = JSON.createObjectNode().put("id", s.code()).put("name", s.name());
                identifiers(o, s.identifiers());
                if (!s.keywords().isEmpty()) {
                    ArrayNode keywords = o.putArray("keywords");
                    s.keywords().forEach(keywords::add);
                }
                if (!s.accounts().isEmpty()) {
                    ObjectNode accounts = o.putObject("accounts");
                    s.accounts().forEach((dossier, account) -> accounts.put(dossier.isEmpty() ? "*" : dossier, account));
                }
                if (s.blocked()) {
                    o.put("blocked", true);
                }
                out.println(o);
            }
            return 0;
        }
    }

    @Command(name = "keyword", mixinStandardHelpOptions = true,
            description = {"Add (or with --remove take away) a keyword rule: an invoice whose page contains the keyword",
                    "(a word, an address, a phone number, an e-mail) is this supplier's, whatever else it prints."})
    static final class SupplierKeyword extends StoreCommand {

        @Option(names = "--supplier", required = true, paramLabel = "ID", description = "The supplier, by its id in the register.")
        String supplier;

        @Option(names = "--remove", description = "Take the keyword rule away.")
        boolean remove;

        @Parameters(paramLabel = "KEYWORD")
        String keyword;

        SupplierKeyword() {
            super(standardOutput());
        }

        @Override
        int run(LocalStore store) {
            Supplier s = store.suppliers().findByCode(supplier).orElseThrow(() -> new IllegalArgumentException("No supplier " + supplier + " in the register."));
            Supplier after = remove ? store.suppliers().removeKeyword(s.id(), keyword) : store.suppliers().addKeyword(s.id(), keyword);
            System.err.println(after.name() + " keywords: " + String.join(", ", after.keywords()));
            return 0;
        }
    }

    @Command(name = "account", mixinStandardHelpOptions = true,
            description = "Set the supplier's account, in one client file (--dossier) or in every file; an empty account takes it away.")
    static final class SupplierAccount extends StoreCommand {

        @Option(names = "--supplier", required = true, paramLabel = "ID", description = "The supplier, by its id in the register.")
        String supplier;

        @Option(names = "--dossier", paramLabel = "ID", description = "The client file, by id or name (default: every file).")
        String dossier;

        @Parameters(paramLabel = "ACCOUNT", arity = "0..1", defaultValue = "")
        String account;

        SupplierAccount() {
            super(standardOutput());
        }

        @Override
        int run(LocalStore store) {
            Supplier s = store.suppliers().findByCode(supplier).orElseThrow(() -> new IllegalArgumentException("No supplier " + supplier + " in the register."));
            String file = dossier == null ? Supplier.ANY_FILE : store.dossiers().findByCode(dossier)
                    .orElseThrow(() -> new IllegalArgumentException("No client file " + dossier + ".")).id();
            store.suppliers().account(s.id(), file, account);
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import client files from a CSV file with a header row such as:",
                    "  id, name, vat, siren, siret, street, postcode, city, country, account_prefix, account_length, firm",
                    "A row whose id (or, without id, whose name) is already there updates it; firm=yes marks the firm's own identifiers.",
                    "Exit code: 0 when every row was imported, 2 when a row was refused (each said on standard error)."})
    static final class DossierImport extends ImportCommand {

        DossierImport() {
            this(standardOutput());
        }

        DossierImport(PrintStream out) {
            super(out);
        }

        @Override
        Registers.Report load(Registers registers, Path csv) throws IOException {
            return registers.importDossiers(csv);
        }

        @Override
        String things() {
            return "client files";
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the client files as CSV, by name.")
    static final class DossierExport extends ExportCommand {

        DossierExport() {
            this(standardOutput());
        }

        DossierExport(PrintStream out) {
            super(out);
        }

        @Override
        void save(Registers registers, Writer csv) throws IOException {
            registers.exportDossiers(csv);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the client files as JSON Lines, one per line, by name.")
    static final class DossierList extends StoreCommand {

        DossierList() {
            this(standardOutput());
        }

        DossierList(PrintStream out) {
            super(out);
        }

        @Override
        int run(LocalStore store) {
            for (Dossier d : store.dossiers().all()) {
                ObjectNode o = JSON.createObjectNode().put("id", d.code()).put("name", d.name());
                identifiers(o, d.identifiers());
                o.put("account_prefix", d.accountPrefix()).put("account_length", d.accountLength());
                if (d.firm()) {
                    o.put("firm", true);
                }
                if (!d.mappings().isEmpty()) {
                    ObjectNode mappings = o.putObject("account_mappings");
                    d.mappings().forEach(mappings::put);
                }
                out.println(o);
            }
            return 0;
        }
    }

    @Command(name = "mapping", mixinStandardHelpOptions = true,
            description = {"Add an account mapping (concordance) to a client file: a supplier identified with account FROM",
                    "is booked on account TO. It never applies over a keyword rule. --remove takes it away."})
    static final class DossierMapping extends StoreCommand {

        @Option(names = "--dossier", required = true, paramLabel = "ID", description = "The client file, by id or name.")
        String dossier;

        @Option(names = "--from", required = true, paramLabel = "ACCOUNT")
        String from;

        @Option(names = "--to", paramLabel = "ACCOUNT")
        String to;

        @Option(names = "--remove", description = "Take the mapping away.")
        boolean remove;

        DossierMapping() {
            super(standardOutput());
        }

        @Override
        int run(LocalStore store) {
            if (!remove && (to == null || to.isBlank())) {
                throw new IllegalArgumentException("Say the account to book on with --to, or --remove to take the mapping away.");
            }
            Dossier d = store.dossiers().findByCode(dossier).orElseThrow(() -> new IllegalArgumentException("No client file " + dossier + "."));
            store.dossiers().mapping(d.id(), from, remove ? "" : to);
            return 0;
        }
    }

    private static void identifiers(ObjectNode o, List<SupplierId> identifiers) {
        if (identifiers.isEmpty()) {
            return;
        }
        ObjectNode ids = o.putObject("identifiers");
        for (SupplierId id : identifiers) {
            ids.withArray(id.kind().key()).add(id.value());
        }
    }
}
