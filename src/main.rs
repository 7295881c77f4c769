fn main() {
    teambalans::mount();
}
