fn main() {
    teambalans::mount_member();
}
