"""holdout66, part F: brass bands and an old bell-and-drum tower. Invented text."""

CASES = [
    dict(
        slug="app-bishu-brass-band-training-summary",
        site="笔述APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://m.bishuapp.cn/s/d/5521870",
        title="校园管乐团2024年度训练工作总结",
        record_title="校园管乐团2024年度训练工作总结（可编辑版）",
        date="2024-12-27",
        notes="H5 writing-app page; open-in-app prompts; member unlock line between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width"><meta charset="utf-8"><title>笔述</title></head><body>
<div class="bar">⟦m 笔述 · 写材料神器⟧ ⟦a 打开App⟧</div>
<h1>{T}</h1>
<div class="sub">⟦m 856人阅读 · 22人收藏⟧</div>
{BODY}
<div class="fix">⟦a 在App中打开，一键生成同类范文⟧</div>
<div class="more">⟦l 相似范文：合唱团学期总结 · 舞蹈队年度总结⟧</div>
</body></html>
""",
        body="""
本年度，校管乐团在学校领导和音乐组全体老师的支持下，坚持每周三次集中训练，全年训练120余次。
乐团现有团员64人，新招收四年级团员18人，声部配置更加完整。
⟦a 开通会员 解锁剩余段落⟧
乐团参加县中小学艺术展演获一等奖，在元旦联欢会、运动会开幕式上演出5场。
存在的不足：低音声部人数偏少，部分乐器老化。明年将争取经费更新两把大号。
校管乐团
2024年12月27日
""",
    ),
    dict(
        slug="gkforum-yiqi-interview-brass-band-question",
        site="一起上岸论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.yiqisa.com/bbs/thread-55817.html",
        title="结构化面试真题：单位要组建职工管乐队，让你负责，怎么做？",
        record_title="[面试真题] 结构化面试真题：单位要组建职工管乐队，让你负责，怎么做？（附答题思路）",
        date=None,
        notes="exam forum post, junk, relative time only",
        page="""
!m 一起上岸论坛 » 面试交流区
!t [面试真题] 结构化面试真题：单位要组建职工管乐队，让你负责，怎么做？（附答题思路）
!m 楼主：面霸小七　2小时前
{BODY}
!l 回复 | 引用 | 收藏
!l 沙发：学到了，谢谢楼主
!w 一对一面试辅导，加V：yqsa_mian
""",
        junk=dict(lines=1, glued=1),
        body="""
答题思路：
第一，摸清底数。发放问卷，了解职工中会乐器、愿意参加的人数和乐器种类。
第二，拟订方案。向领导汇报组建方案，明确经费、场地和训练时间，争取工会支持。
第三，组织实施。聘请专业老师指导，利用午休和下班后训练，不占工作时间。
第四，总结提高。在单位年会上首演，根据反馈调整曲目。
""",
    ),
    dict(
        slug="wiki-wenda-drum-tower-entry-html",
        site="问答百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://www.wendabk.com/wiki/珲口鼓楼",
        title="珲口鼓楼",
        record_title="珲口鼓楼 - 问答百科",
        date=None,
        notes="encyclopaedia entry; info box chrome; year in text is no date",
        page="""
<html><head><meta charset="utf-8"><title>珲口鼓楼 - 问答百科</title></head><body>
<div class="top">⟦m 问答百科⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<h1>{T}</h1>
<div class="edit">⟦a 编辑词条⟧ ⟦a 收藏⟧ ⟦l 分享⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：珲口县志（文化卷）⟧</div>
<div class="stat">⟦m 浏览次数：12409　编辑次数：7⟧</div>
<div class="ft">⟦d 词条内容由网友编辑，仅供参考⟧</div>
</body></html>
""",
        body="""
珲口鼓楼位于珲口县老城十字街中心，为县级文物保护单位。
鼓楼始建于明代，现存建筑为清代重修，砖石台基，上建木构楼阁两层，楼上原悬大鼓一面，旧时击鼓报时。
1986年维修时在梁上发现题记，记载了重修工匠的姓名。
如今鼓楼一层辟为民俗展览室，免费向游客开放。
""",
    ),
    dict(
        slug="netdisk-panku-brass-band-rules",
        site="盘库分享 (invented)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://pk.pankufx.example.com/share/aB9xBrass",
        title="职工管乐队排练管理制度",
        record_title="职工管乐队排练管理制度.pdf",
        date="2024-04-18",
        notes="cloud-drive share; markers as bracketed numbers; article speaks of 复印/下载 sheet music",
        page="""
!m 盘库分享
!m 文件：职工管乐队排练管理制度.pdf　大小：118KB
!m 分享人：工会小周　2024-05-06 分享
!a 下载　　转存　　举报
{BODY}
!a 文件预览至此结束
""",
        pages=dict(fmt="«{n}»", every=80, start=2, glue=False),
        body="""
第一条　为加强职工管乐队管理，保证排练质量，制定本制度。
第二条　乐队每周二、周四18:30—20:00排练，队员无故缺席三次以上的，取消当年演出资格。
第三条　乐器由工会统一登记，个人借用须签字，损坏照价赔偿。
第四条　乐谱由队长统一从工会共享盘下载，需要纸质乐谱的，到工会办公室复印，不得外传。
第五条　本制度自发布之日起执行。
公司工会
2024年4月18日
""",
    ),
    dict(
        slug="snapshot-xunji-bell-tower-repair-notice",
        site="寻迹网页快照 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="text",
        source="http://kuaizhao.xunji.example.com/?url=wlj.huikou.gov.cn/2024/0611.html",
        title="关于钟鼓楼修缮期间暂停开放的公告",
        record_title=None,
        date="2024-06-11",
        notes="text-only snapshot; snapshot header; document dated",
        page="""
!d 您查看的是寻迹对该网页的快照（2024-07-30 04:12 抓取），仅为纯文本，原网页可能已更新。
!a 返回原网页
!m 珲口县文化广电和旅游局
{T}
{BODY}
!m 主办：珲口县文化广电和旅游局
""",
        body="""
因钟鼓楼木构件修缮工程需要，自2024年6月15日起，钟鼓楼暂停对外开放，预计修缮工期四个月，恢复开放时间另行公告。
修缮期间，一层民俗展览迁至县博物馆临时展厅展出。
给广大游客带来的不便，敬请谅解。
珲口县文化广电和旅游局
2024年6月11日
""",
    ),
    dict(
        slug="print-guanyue-brass-concert-host-html",
        site="琛州交响管乐团 (invented)",
        style="打印页",
        genre="主持词",
        kind="other",
        form="html",
        source="https://www.czgyt.org/print.asp?id=312",
        title="新春管乐音乐会主持词",
        record_title="〔打印稿〕新春管乐音乐会主持词",
        date="2025-01-26",
        notes="print view HTML; print footer; date under the title in brackets",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 新春管乐音乐会主持词</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a [打印] [关闭]⟧</div>
<div>⟦m 琛州交响管乐团⟧</div>
<h3>{T}</h3>
<p>（2025年1月26日）</p>
{BODY}
<div>⟦m 原文链接：https://www.czgyt.org/news/312.html⟧</div>
<div>⟦p 第1页 共1页⟧</div>
</body></html>
""",
        body="""
尊敬的各位来宾，亲爱的朋友们，大家晚上好！
新春佳节即将到来，琛州交响管乐团在这里为大家献上一场新春音乐会。
首先请欣赏乐团全体演奏的《春节序曲》。
接下来是小号独奏《那不勒斯舞曲》，演奏者：乐团首席小号 龙一鸣。
最后，祝大家新春快乐、阖家幸福！
""",
    ),
    dict(
        slug="mail-re-bell-tower-volunteer-schedule",
        site="邮件往来 (invented mailbox)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:archive/2024-09-23/re-5521",
        title="钟鼓楼国庆讲解志愿者排班通知",
        record_title="回复：Re: 钟鼓楼国庆讲解志愿者排班通知",
        date="2024-09-20",
        date_also=["2024-09-23"],
        notes="mail reply chain; quoted header lines; schedule table",
        page="""
!m 发件人：袁晓雯 <yxw@hkwb.example.cn>
!m 时间：2024-09-23 15:40
!m 主题：回复：Re: 钟鼓楼国庆讲解志愿者排班通知
!m 收到，谢谢！
!m ------------------ 原始邮件 ------------------
!m 发件人：钟鼓楼管理所
!m 发送时间：2024年9月21日(星期六) 上午10:02
{BODY}
!d 本邮件及附件仅限收件人使用
""",
        body="""
各位志愿者：
国庆假期钟鼓楼讲解排班如下：
日期　上午　下午
10月1日　袁晓雯　魏可
10月2日　邢佳　袁晓雯
10月3日　魏可　邢佳
请各位提前15分钟到岗，着志愿者马甲。
钟鼓楼管理所
2024年9月20日
""",
    ),
    dict(
        slug="gov-lixi-town-brass-band-heritage-request-html",
        site="璐溪县人民政府 (invented)",
        style="政府门户",
        genre="请示",
        kind="request",
        form="html",
        source="http://www.luxi.gov.cn/xxgk/2024/0703/30014.html",
        title="关于将石桥镇民间吹打乐申报县级非物质文化遗产的请示",
        record_title="关于将石桥镇民间吹打乐申报县级非物质文化遗产的请示",
        date="2024-07-03",
        notes="county portal with 索引号; 附件 list; document number neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>璐溪县人民政府</title></head><body>
<div class="logo">⟦m 璐溪县人民政府⟧</div>
<div class="nav">⟦m 首页 · 政务公开 · 办事服务 · 互动交流 · 数据发布⟧</div>
<div class="weizhi">⟦m 位置：首页 / 信息公开 / 乡镇信息⟧</div>
<table><tr><td>⟦m 索引号：LX-SQZ-2024-0071⟧</td><td>⟦m 发布机构：石桥镇人民政府⟧</td></tr></table>
<h1>{T}</h1>
<p>石政报〔2024〕15号</p>
{BODY}
<div>⟦a 打印本页　关闭窗口⟧</div>
<div class="footer">⟦m 网站标识码：5303260004⟧ ⟦m 滇公网安备53032602000118号⟧</div>
</body></html>
""",
        body="""
县文化广电和旅游局：
石桥镇民间吹打乐流传已有二百余年，以唢呐、笙、锣鼓为主要乐器，现有传承艺人27人，在婚丧嫁娶和节庆活动中广泛使用。
为保护这一民间艺术，我镇拟将石桥镇民间吹打乐申报县级非物质文化遗产代表性项目。
妥否，请批示。
附件：1.项目申报书
2.传承谱系表
石桥镇人民政府
2024年7月3日
""",
    ),
    dict(
        slug="fanwen-gongwenku-brass-band-speech-cn-date",
        site="公文库范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.gwkfw.com/jh/jiaoyu/44120.html",
        title="在少年管乐团成立十周年音乐会上的讲话",
        record_title="在少年管乐团成立十周年音乐会上的讲话【通用3篇】",
        date="2025-06-01",
        notes="speech with role line and chinese date under title; writing-service line between paragraphs",
        page="""
!m 公文库范文网　www.gwkfw.com
!m 首页 » 讲话稿 » 教育讲话
{T}
!m 编辑：小贝　浏览量：3061
县教育局局长　苗国栋
（二〇二五年六月一日）
{BODY}
!a 以上为第1篇，下载全部3篇需登录
!l 推荐：少年宫开学典礼致辞｜艺术节闭幕式讲话
!m gwkfw.com　粤ICP备18044390号-3
""",
        indent="\u3000\u3000",
        body="""
同学们、老师们、各位家长：
十年前，少年管乐团只有二十几名团员和几把旧乐器；十年后的今天，乐团已有团员一百二十人，走上了省级比赛的舞台。
⟦w 讲话稿原创代写 微信同号 139 0735 6612⟧
这份成绩，凝聚着指导老师的心血，也离不开家长们的支持。
希望同学们珍惜在乐团的时光，把音乐当作一生的朋友。祝音乐会圆满成功！
""",
    ),
    dict(
        slug="news-shengyuan-drum-tower-night-market-html",
        site="笙原融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.shengyuanrm.cn/xw/bd/202408/t20240817_40211.html",
        title="鼓楼夜市开街 管乐演出点亮老城",
        record_title="鼓楼夜市开街 管乐演出点亮老城_笙原融媒",
        date="2024-08-17",
        notes="county media-centre page; 24-hour list; editor line glued after last paragraph",
        page="""
<html><head><meta charset="utf-8"><title>鼓楼夜市开街 管乐演出点亮老城_笙原融媒</title></head><body>
<div class="hd">⟦m 笙原融媒⟧ ⟦a 下载“笙原+”客户端⟧</div>
<div class="nav">⟦m 本地 · 政务 · 乡村 · 文旅 · 视频⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 2024-08-17 21:40　笙原融媒记者 关雨⟧</div>
{BODY}
<div class="hot"><h4>⟦l 24小时热榜⟧</h4><p>⟦l 1 暑期游泳安全提示⟧</p><p>⟦l 2 城北路段施工绕行⟧</p></div>
<div class="ft">⟦d 未经许可不得转载⟧</div>
</body></html>
""",
        body="""
8月17日晚，笙原县老城鼓楼夜市正式开街，县职工管乐队在鼓楼广场奏响《歌唱祖国》，吸引市民驻足聆听。
夜市设摊位86个，涵盖本地小吃、手工艺品和文创产品，每晚18时至23时营业。
县商务局相关负责人介绍，夜市将每周举办一场文艺演出。⟦m 责任编辑：龚宁⟧
""",
    ),
    dict(
        slug="wenku-yueshu-bell-tower-tour-script",
        site="悦书文库 (invented)",
        style="文库预览",
        genre="讲解词",
        kind="other",
        form="text",
        source="https://www.yueshuwk.com/doc/61204877.html",
        title="钟鼓楼导游讲解词",
        record_title="钟鼓楼导游讲解词（精选范本）",
        date=None,
        notes="文库 preview; page markers glued; remaining-pages prompt; no date",
        page="""
!m 悦书文库 — 精品文档分享
!t 钟鼓楼导游讲解词（精选范本）
!m 2页　186次阅读　4次下载
{BODY}
!a 试读结束，余下内容需付费 ￥3.00
!a 立即购买　　加入收藏
!d 本文档由用户提供并上传，收益归属内容提供方
""",
        pages=dict(fmt="〖第{n}页〗", every=100, start=2, glue=True),
        body="""
各位游客，大家好！现在我们来到的就是珲口钟鼓楼。
钟鼓楼坐北朝南，东侧为钟楼，西侧为鼓楼，旧时晨钟暮鼓，为全城报时。
请大家抬头看，钟楼上悬挂的铁钟重约一吨，钟身铸有铭文。
登楼时请扶好栏杆，注意台阶，楼上空间狭窄，请不要拥挤。
""",
    ),
]
