"""holdout53, part F: forwarded mails, hard-wrapped texts and more of the older kinds —
a water-rescue team, a levee office, a seismic station, a poetry society, a marrow
donors' team. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="mail-text-water-rescue-request-chain",
        site="瓯坪应急局 邮件转发 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:forward/2026/0602/ouping-yjj-0177.eml",
        title="关于为县水上救援队配备冲锋舟的请示",
        record_title="答复：Fw: 关于为县水上救援队配备冲锋舟的请示.docx",
        date="2026-05-28",
        date_also=["2026-06-02"],
        notes="mail reply chain: header lines (发件人/收件人/时间) are meta; a mail's own 附件 header is chrome, the request's own 附件 list kept; send date differs from the 成文日期 (date_also); a mail-client signature",
        page="""
!m 发件人：县应急管理局办公室 <yjjbgs@ouping.example.gov.cn>
!m 收件人：县财政局综合股
!m 时间：2026年6月2日 星期二 09:14
!t 主题：答复：Fw: 关于为县水上救援队配备冲锋舟的请示.docx
!m 附件：请示扫描件.pdf（1.1MB）
!w 您好，转来请示一份，请阅处。有事可打我办公室电话 0578-7111205。
!m ------------------ 原始邮件 ------------------
{BODY}
!d 此邮件来自政务邮箱系统，请注意保密。
!a 发送自我的手机
""",
        body="""
县人民政府：
县水上救援队现有冲锋舟两艘，均已使用十年以上，故障频发，难以满足汛期救援需要。
为提升水上救援能力，我局拟为救援队新配备冲锋舟四艘，所需资金二十八万元，恳请县财政予以解决。
妥否，请批示。
附件：冲锋舟配置清单
瓯坪县应急管理局
2026年5月28日
""",
    ),
    dict(
        slug="mail-html-marrow-team-newsletter",
        site="髓缘月讯 邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mail.example.com/read?mid=ZXhhbXBsZS0zMzgx",
        title="关于五月份造血干细胞采样活动安排的通知",
        record_title="Fwd: 【髓缘月讯·5月】关于五月份造血干细胞采样活动安排的通知",
        date="2026-04-27",
        notes="webmail read view of a forwarded newsletter: header table, unsubscribe footer, an 'open in browser' link; a sampling schedule table kept; the team's own contact kept",
        page="""
<html><head><meta charset="utf-8"><title>Fwd: 【髓缘月讯·5月】关于五月份造血干细胞采样活动安排的通知 - 网页邮箱</title></head><body>
<div class="mailbar">⟦a 回复⟧ ⟦a 转发⟧ ⟦a 删除⟧ ⟦a 标记为未读⟧</div>
<table class="head"><tr><td>⟦m 发件人：潆州髓缘志愿服务队 &lt;news@suiyuan.example.org&gt;⟧</td></tr>
<tr><td>⟦m 发送时间：2026年4月29日（周三）下午4:03⟧</td></tr>
<tr><td>⟦m 收件人：全体联络员⟧</td></tr></table>
<h2>⟦t Fwd: 【髓缘月讯·5月】关于五月份造血干细胞采样活动安排的通知⟧</h2>
<p>⟦a 邮件显示不正常？点此在浏览器中查看⟧</p>
{BODY}
<p>⟦d 您收到此邮件是因为您订阅了髓缘月讯。退订请回复“TD”。⟧</p>
</body></html>
""",
        body="""
各位联络员：
五月份造血干细胞采样活动安排如下，请大家通知身边有意向的朋友。
日期　地点
5月9日　潆州市中心广场献血屋
5月23日　潆州学院图书馆门口
采样现场联系人：霍雯，电话：13905790218。
潆州髓缘志愿服务队
2026年4月27日
""",
    ),
    dict(
        slug="gov-text-wrapped-seismic-notice-cn-date",
        site="矶山县地震局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://dzj.jishan.example.gov.cn/tzgg/2026/1015/372.html",
        title="关于开展地震应急避难场所运行维护检查的通知",
        record_title="关于开展地震应急避难场所运行维护检查的通知.pdf",
        date="2026-10-15",
        notes="a PDF notice hard-wrapped at 58 columns; file-name title; Chinese-numeral 成文日期; 抄送 and 印发 lines kept; a running head repeated as meta",
        wrap=58,
        page="""
!m 矶山县地震局 > 通知公告
!t 关于开展地震应急避难场所运行维护检查的通知.pdf
矶震发〔2026〕9号
{BODY}
!m 矶山县地震局门户网站　主办：矶山县地震局
""",
        body="""
各乡镇人民政府，县直有关单位：
为确保地震应急避难场所在关键时刻用得上、用得好，县地震局决定于十月下旬至十一月中旬对全县应急避难场所开展运行维护检查。
检查内容包括标识标牌设置、应急供水供电设施、物资储备和管理制度落实等情况，各单位要认真开展自查，于十一月五日前报送自查报告。
抄送：县应急管理局、县住建局。
矶山县地震局
二〇二六年十月十五日
矶山县地震局办公室　2026年10月15日印发
""",
    ),
    dict(
        slug="fanwen-text-wrapped-hotspring-speech",
        site="范文小屋 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.fanwenxw.example.com/jianghua/2026/8823.html",
        title="在湄阳温泉旅游节开幕式上的致辞",
        record_title="在湄阳温泉旅游节开幕式上的致辞（通用4篇）",
        date="2026-11-08",
        notes="范文 site: decorated title; hard-wrapped at 64 columns; the date under the speech title (neutral line) is the date; a 'copy this text' box glued before a 。 and a writing-service prompt on its own line between paragraphs",
        wrap=64,
        indent="　　",
        page="""
!m 范文小屋 · 致辞大全
!t 在湄阳温泉旅游节开幕式上的致辞（通用4篇）
!m 栏目：开幕词　更新时间：2026-11-10
篇一
湄阳县副县长　谢明宇
（2026年11月8日）
{BODY}
!l 篇二：温泉康养论坛开幕致辞
!a 喜欢本文就收藏吧　Ctrl+D
""",
        body="""
各位来宾，朋友们：
金秋时节，汤泉飘香。今天，第五届湄阳温泉旅游节在这里隆重开幕，我谨代表县人民政府向各位来宾表示热烈欢迎⟦a 【点此复制】⟧。
⟦w 写材料难？范文小屋专业团队一对一定制，微信 fwxw_8821⟧
近年来，我县依托丰富的温泉资源，大力发展康养旅游，全县温泉接待游客量年均增长百分之十五以上。
希望各位朋友在湄阳泡好温泉、品好美食、看好风景，也欢迎大家常来湄阳投资兴业。
""",
    ),
    dict(
        slug="wenku-text-wrapped-markers-levee-summary",
        site="素材云文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.sucaiyun.example.com/wenku/98210.html",
        title="汊河堤防管理所2025年防汛工作总结",
        record_title="汊河堤防管理所2025年防汛工作总结【word可编辑】",
        date="2025-10-30",
        notes="wrapped at 66 columns and cut by glued page markers ❨n❩ between lines of a paragraph; decorated title; a 'download the editable word version' prompt",
        wrap=66,
        pages=dict(fmt="❨{n}❩", every=90, start=2, glue=True),
        page="""
!m 素材云文库　>　工作总结　>　防汛抗旱
!t 汊河堤防管理所2025年防汛工作总结【word可编辑】
!m 共3页　|　上传于 2025-11-06
{BODY}
!a 本文档可编辑，下载后即可修改使用　【立即下载】
!l 相似文档：排灌站年度工作总结　水闸运行管理总结
""",
        body="""
今年汛期，汊河流域先后遭遇四次强降雨过程，最高水位超警戒水位零点八米，持续时间达九天。
面对严峻汛情，我所坚持领导带班、全员上堤，累计巡堤一千六百余人次，及时处置渗水、管涌险情五处，确保了堤防安全。
汛后，我所对险情堤段进行了全面复查，编制了除险加固项目建议书并报区水利局。
汊河堤防管理所
2025年10月30日
""",
    ),
    dict(
        slug="news-text-wrapped-water-rescue-drill",
        site="瓯坪发布 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.oupingfabu.example.cn/2026/06/12/art_1177_55021.html",
        title="县水上救援队开展汛前实战演练",
        record_title="县水上救援队开展汛前实战演练_瓯坪发布",
        date="2026-06-12",
        notes="news page hard-wrapped at 62 columns; site-decorated title; a 记者 time line is the date; a photo caption between paragraphs",
        wrap=62,
        page="""
!m 瓯坪发布　　瓯坪县人民政府新闻办公室
!t 县水上救援队开展汛前实战演练_瓯坪发布
!m 2026-06-12 18:20:06　来源：瓯坪县融媒体中心　记者 岑露
{BODY}
!m 【责任编辑：范小溪】
!l 相关新闻：全县防汛物资储备检查完成
""",
        body="""
6月12日，县水上救援队在瓯江城区段开展汛前实战演练，应急、公安、消防等部门共八十余人参加。
⟦m 图为救援队员驾驶冲锋舟转移“被困群众”。⟧
演练模拟城区内涝、群众被困的情景，救援队员驾驶冲锋舟迅速抵达现场，将“被困群众”安全转移至岸边。
县应急管理局负责人表示，将以演练为契机，查漏补缺，确保汛期救援拉得出、冲得上、打得赢。
""",
    ),
    dict(
        slug="wechat-text-poetry-society-mirror",
        site="漪城诗社 镜像 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="https://wxreader.example.net/yicheng-shishe/2026-04-26",
        title="春江花月，雅集湖心——漪城市诗词学会举办春季雅集",
        record_title=None,
        date="2026-04-26",
        notes="no record title; mirror with account line and date; the poem lines of the text kept; 'long-press to follow' and 'share to friends' buttons; a 往期回顾 list",
        page="""
{T}
!m 漪城诗社　2026年4月26日 19:48
!a 点击上方蓝字关注我们
{BODY}
!a 长按识别二维码，关注漪城诗社
!l 往期回顾｜秋兴八首唱和集　｜　诗词进校园第三站
!l 分享　点赞　在看
""",
        body="""
4月25日，漪城市诗词学会在湖心亭举办春季雅集，六十余位诗友以诗会友。
雅集上，诗友们现场吟诵新作，老会员周枕石的一首《湖心春望》赢得满堂喝彩。
“一湖春水绿，半岸杏花红。”寥寥十字，写尽了漪城的春色。
学会负责人表示，今年还将编印会员作品集，并继续开展诗词进校园活动。
""",
    ),
    dict(
        slug="collection-text-oral-history-interviewer-notes",
        site="沅水拾遗（个人文集）(invented)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://yuanshui.example.org/wenji/12.html",
        title="做口述历史采访的一点体会",
        record_title="《沅水拾遗》第12篇｜做口述历史采访的一点体会",
        date="2026-09-10",
        notes="a personal collection page: decorated title; the date written at the end of the essay in Chinese numerals with a place (二〇二六年九月十日于沅坪); prev/next links",
        page="""
!m 沅水拾遗 · 一个退休教师的文字
!l 上一篇　｜　目录　｜　下一篇
!t 《沅水拾遗》第12篇｜做口述历史采访的一点体会
{BODY}
!l 本篇阅读 63　｜　留言 2
""",
        body="""
今年春天起，我作为志愿者参加了县里的口述历史采集工作，先后采访了九位老人。
最大的体会是要耐心。老人们讲述往事常常跑题，但很多珍贵的细节恰恰藏在这些“题外话”里。
其次是要尊重。采访前要讲清用途，涉及个人隐私的内容一律征得本人同意后再整理。
二〇二六年九月十日于沅坪
""",
    ),
    dict(
        slug="qa-text-levee-question-answer",
        site="乡村问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://wenda.xiangcun.example.com/q/30917",
        title="在堤防护堤地里种果树违法吗？",
        record_title=None,
        date="2026-05-16",
        notes="no record title; a question as the title; the answer's 回答于 date is the page date; the answerer's card and a vote row",
        page="""
!m 乡村问答 › 农村政策 › 水利
{T}
!m 3个回答　　1,209人浏览
!m 堤防所老杨　水利工程师　回答于 2026-05-16
{BODY}
!l 赞同 56　　反对　　评论 8
!a 邀请回答　　写回答
""",
        body="""
护堤地是堤防工程的组成部分，种植果树等深根植物会破坏堤身结构，法律法规是禁止的。
果树的根系会在堤身中形成空洞，汛期容易引发渗水甚至管涌。
如果已经种了，建议主动联系当地堤防管理所，按要求移栽，可以种植草皮等浅根植物护坡。
""",
    ),
    dict(
        slug="forum-text-dragonboat-training-notice",
        site="清江龙舟吧 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://tieba.qingjiang.example.com/p/88210917",
        title="东岸村龙舟队2026年春训安排",
        record_title="东岸村龙舟队2026年春训安排",
        date=None,
        notes="forum floors; 发表于 5天前 relative: no date; year only in the title; the post's own 联系电话 kept; a 'follow the board' line",
        page="""
!m 清江龙舟吧　关注 3,418　帖子 29,771
!a 关注本吧　签到
{T}
!m 1楼　东岸鼓手　5天前
{BODY}
!l 2楼　划桨的阿伟：报名！
!l 3楼　游客：今年还招女队吗？
!a 回复　　只看楼主
""",
        body="""
各位队员：
今年春训从3月第二个周六开始，每周六、周日下午两点在东岸码头集合。
训练内容以体能和划桨节奏为主，请大家自备运动服和水杯。
新队员报名请联系队长东哥，电话：13807360519。
""",
    ),
    dict(
        slug="docshare-text-soil-report-dot-pages",
        site="共享资料库 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.gxzlk.example.cn/d/58102.html",
        title="关于全县生产建设项目水土保持设施验收情况的调研报告",
        record_title="关于全县生产建设项目水土保持设施验收情况的调研报告",
        date="2026-08-30",
        notes="page markers ·第n页· on lines of their own cutting sentences; upload notice and points price; decimal headings kept",
        pages=dict(fmt="·第{n}页·", every=60, start=2),
        page="""
!m 共享资料库　>　调研报告
{T}
!m 贡献者：水保老兵　｜　3页　｜　0.5积分
{BODY}
!a 剩余内容需下载后查看，下载本文档需 0.5 积分
!d 文档由会员上传分享，若有侵权请联系本站删除。
""",
        body="""
按照县人大常委会的安排，调研组于8月对全县生产建设项目水土保持设施验收情况进行了调研。
1.1 基本情况
近三年全县应开展自主验收的项目八十七个，已完成验收报备七十一个，报备率为百分之八十一点六。
1.2 存在问题
部分项目验收走过场，个别项目未验先投，监管部门核查力量不足。
璟川县水利局调研组
2026年8月30日
""",
    ),
    dict(
        slug="download-text-seismic-quiz-resource",
        site="安全教育资源站 (invented)",
        style="资料下载站",
        genre="工作方案",
        kind="plan",
        form="text",
        source="http://www.aqjyzy.example.com/soft/2026/1209.html",
        title="东坡小学防震减灾知识竞赛活动方案",
        record_title="东坡小学防震减灾知识竞赛活动方案 免费下载",
        date="2026-05-06",
        notes="download station: decorated title (免费下载); a resource-info block, a point-cost line; the plan's own '打印试卷' sentence kept; a report-error link",
        page="""
!m 安全教育资源站　www.aqjyzy.example.com
!t 东坡小学防震减灾知识竞赛活动方案 免费下载
!m 资源类别：活动方案　　资源大小：19KB　　下载次数：340
!a 点击下载（本站下载不扣点）　　迅雷下载
!a 下载出错？点此报错
{BODY}
!d 温馨提示：本站所有资源仅供学习使用，下载后请于24小时内删除。
""",
        body="""
为普及防震减灾知识，学校定于5月12日举办防震减灾知识竞赛。
一、参赛对象：四至六年级学生，每班选派三名选手。
二、竞赛形式：初赛为笔试，由教务处统一打印试卷；决赛为现场抢答。
三、奖项设置：设团体一等奖一名、二等奖二名、三等奖三名。
东坡小学
2026年5月6日
""",
    ),
]
