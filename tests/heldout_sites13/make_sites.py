# Regenerates the three saved sites of tests/heldout_sites13 (written blind; see expected.json for what each holds).
import make_site_halmstad, make_site_finsam, make_site_dalarna
if __name__ == '__main__':
    for m in (make_site_halmstad, make_site_finsam, make_site_dalarna):
        print(m.__name__, len(m.build()))
