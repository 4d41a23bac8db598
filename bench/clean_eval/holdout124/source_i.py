"""holdout124, part I: more government, 范文, 文库 and forum pages. Invented text."""

CASES = [
    dict(
        slug="gov-ganlu-lottery-station-inspection-text",
        site="甘麓县体育局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://tyj.ganlu.gov.cn/tzgg/2025/5518.html",
        title="关于开展体育彩票销售网点规范经营专项检查的通知",
        record_title="关于开展体育彩票销售网点规范经营专项检查的通知 - 通知公告 - 甘麓县体育局",
        date="2025-08-05",
        notes="county sports-bureau page on one line; check-items list; signature date",
        page="""
!m 甘麓县体育局 ｜ 首页 › 通知公告
{T}
!m 时间：2025-08-05 ｜ 来源：群体股 ｜ 浏览：207
{BODY}
!a 【打印】【收藏】【关闭】
!m 甘麓县体育局版权所有　黔ICP备13003317号
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各乡镇综合文化站，县体育彩票管理站：
为规范体育彩票销售网点经营行为，县体育局决定于8月至9月开展专项检查。
检查重点包括是否向未成年人销售彩票、是否开展网络代购和赊销、是否张贴规范的投注说明和警示标识。
对检查中发现的问题，责令限期整改；情节严重的，按规定暂停或取消其代销资格。
甘麓县体育局
2025年8月5日
""",
    ),
    dict(
        slug="fanwen-xiezuo-speech-fig-industry-html",
        site="写作树范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.xiezuoshu.com/jianghua/20250607/91207.html",
        title="在全镇无花果产业发展大会上的讲话",
        record_title="【推荐】在全镇无花果产业发展大会上的讲话（精选3篇）_写作树范文网",
        date="2025-06-06",
        notes="modern 范文 page: date under the speech title, speaker line neutral; writing-service prompt glued after a sentence",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【推荐】在全镇无花果产业发展大会上的讲话（精选3篇）_写作树范文网</title></head><body>
<div class="hd">⟦m 写作树范文网⟧ ⟦a 会员中心⟧ ⟦a 充值⟧</div>
<div class="crumb">⟦m 首页 ＞ 讲话稿 ＞ 农业讲话⟧</div>
<h1>{T}</h1>
<p>镇党委书记　庄立群</p>
<p>（2025年6月6日）</p>
{BODY}
<div class="pay">⟦a 以上为第1篇，余下2篇需开通会员后阅读⟧</div>
<div class="side">⟦l 热门讲话：特色产业推进会讲话｜招商引资大会讲话⟧</div>
<div class="ft">⟦m 写作树范文网 xiezuoshu.com　鲁ICP备22004412号⟧</div>
</body></html>
""",
        body="""
同志们：
今天召开全镇无花果产业发展大会，目的是总结经验、明确目标，推动无花果产业提档升级。
我镇种植无花果已有二十多年，目前面积达到8600亩，年产鲜果1.2万吨，是全省最大的无花果生产基地之一。⟦w 写材料找树哥，原创定制，VX：xzs_shuge⟧
下一步，一要扩大设施栽培面积，延长上市期；二要发展果干、果酱等加工产品；三要办好无花果采摘节，推动农旅融合。
同志们，让我们齐心协力，把小小无花果做成富民大产业！
""",
    ),
    dict(
        slug="wenku-longyan-summary-glued-mix-markers",
        site="百川文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.baichuanwk.com/doc/77821056.html",
        title="龙眼产业技术服务团2025年工作总结",
        record_title="龙眼产业技术服务团2025年工作总结（最新）",
        date="2025-11-30",
        notes="文库 preview text: hard-wrapped at 62 columns with ⟅n⟆ markers glued or on their own line; signature date",
        page="""
!m 百川文库 — 海量文档免费读
!t 龙眼产业技术服务团2025年工作总结（最新）
!m 文档贡献者：果树站老温　｜　共4页　｜　2025-12-02上传
!a ▶ 全文阅读已结束，下载本文档可查看完整内容 ◀
{BODY}
!a 下载文档　　收藏　　打印　　纠错
!d 文库中的文档由用户上传，仅供阅读和学习，不得用于商业用途。
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⟅{n}⟆", every=150, start=2, glue="mix"),
        body="""
2025年，县龙眼产业技术服务团紧紧围绕龙眼提质增效目标，深入果园一线开展技术服务，较好地完成了全年任务。
一、开展技术培训。全年举办龙眼高接换种、控梢促花、病虫害绿色防控等培训班24期，培训果农2100人次。
二、建设示范果园。在5个乡镇建设高接换种示范园600亩，新品种嫁接成活率达到93%，示范园平均亩产提高18%。
三、推广烘干技术。指导合作社新建热泵烘干房11座，桂圆干加工损耗明显降低。
四、明年计划。继续推进老果园改造，加强晚熟品种推广，帮助果农错峰上市。
县龙眼产业技术服务团
2025年11月30日
""",
    ),
    dict(
        slug="forum-wopeng-snail-farming-question",
        site="窝棚养殖论坛 (invented)",
        style="论坛",
        genre="经验总结",
        kind="other",
        form="text",
        source="http://bbs.wopeng-yz.net/read.php?tid=90217",
        title="白玉蜗牛养殖一年的总结和教训",
        record_title="白玉蜗牛养殖一年的总结和教训 - 特种养殖 - 窝棚养殖论坛",
        date="2025-01-11",
        notes="forum text post: 发表于 line the page date; quoted reply and signature as chrome",
        page="""
!m 窝棚养殖论坛 » 特种养殖 » 帖子
{T}
!m 作者：南坡蜗牛哥　　发表于：2025-01-11 20:47　　只看楼主
{BODY}
!m ——签名：小本养殖，踏实做人
!l 1楼 蜗居的猫：请问冬天温度控制在多少？
!l 2楼 南坡蜗牛哥：回复1楼，我控制在18度以上
!a 快速回复　　高级模式
""",
        body="""
去年开春开始养白玉蜗牛，一年下来赚得不多，但教训不少，写出来给想入行的朋友提个醒。
第一，不要一开始就上规模。我第一批就投了两万只种螺，结果夏天温度太高，死了将近三成。
第二，湿度比温度还要紧。养殖房湿度要保持在百分之八十五左右，太干蜗牛就封口不吃食。
第三，销路要提前找好。蜗牛长成了卖不出去最头疼，我是后来跟县城两家饭店签了供货协议才算稳住。
今年打算再扩两间养殖房，有问题大家一起交流。
""",
    ),
]
