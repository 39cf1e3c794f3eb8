// Checks Turtle ontologies against the OWL 2 DL profile with the OWL API (Debian libowlapi-java);
// tests/test_ontology.py compiles it with javac and runs it on ontology/kg.ttl.
import java.io.File;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

/** Check Turtle files against the OWL 2 DL profile; one violation a line, exit 1 if any. */
public final class OwlProfileCheck {
    public static void main(String[] args) throws Exception {
        int violations = 0;
        for (String path : args) {
            OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
            OWLOntology ontology = manager.loadOntologyFromOntologyDocument(new File(path));
            OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
            for (OWLProfileViolation violation : report.getViolations()) {
                System.out.println(path + ": " + violation);
                violations++;
            }
        }
        System.out.println(violations + " violation(s)");
        System.exit(violations == 0 ? 0 : 1);
    }
}
