/* The kernel floor of the warm start's validity check (BENCHMARKS.md, "Where the time goes"): list a folder
   with readdir and fstatat every name relative to the folder on two threads, nothing else; prints wall and CPU.
   cc -O2 -pthread scripts/stat-floor.c -o /tmp/stat-floor && /tmp/stat-floor DIR */
#include <unistd.h>
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/resource.h>
#include <time.h>
static char **names; static int n, dfd;
static void *work(void *arg) { long t = (long)arg; struct stat st; long s = 0;
  for (int i = t; i < n; i += 2) { if (fstatat(dfd, names[i], &st, 0) == 0) s += st.st_size; } return (void *)s; }
int main(int argc, char **argv) {
  struct timespec a, b; clock_gettime(CLOCK_MONOTONIC, &a);
  dfd = open(argv[1], O_RDONLY | O_DIRECTORY); DIR *d = fdopendir(dup(dfd)); struct dirent *e;
  names = malloc(sizeof(char *) * 200000);
  while ((e = readdir(d))) if (e->d_name[0] != '.') names[n++] = strdup(e->d_name);
  pthread_t th[2]; for (long t = 0; t < 2; t++) pthread_create(&th[t], 0, work, (void *)t);
  for (int t = 0; t < 2; t++) pthread_join(th[t], 0);
  clock_gettime(CLOCK_MONOTONIC, &b); struct rusage r; getrusage(RUSAGE_SELF, &r);
  printf("files %d wall %.3f cpu %.3f\n", n, (b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9,
         r.ru_utime.tv_sec + r.ru_utime.tv_usec / 1e6 + r.ru_stime.tv_sec + r.ru_stime.tv_usec / 1e6);
}
