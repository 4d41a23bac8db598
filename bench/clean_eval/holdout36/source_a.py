"""holdout36, part A: a sewage-treatment plant, a waste-to-energy plant, a grotto conservation
institute, a schistosomiasis-control station, a ship-lock office, a marathon organising committee,
a B&B association and others, on 范文 sites, 文库 readers, portals, forums, blogs and mirrors.
Everything invented; see ../README.md and ../build.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _kit import html_page  # noqa: E402

CASES = [
    dict(
        slug="fanwen-moyun-sewage-summary-decorated",
        site="墨韵范文汇 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.moyunfw.example.com/zongjie/gongzuo/20250712/66501.html",
        title="澴川县城北污水处理厂2025年上半年工作总结",
        record_title="澴川县城北污水处理厂2025年上半年工作总结（荐读3篇·可直接套用）",
        date="2025-07-08",
        notes="decorated record title; glued copy prompt after a 。; member prompt between paragraphs; signature date at the end",
        page="""
!m 墨韵范文汇 — 写材料，不求人
!m 所在栏目：首页 ＞ 总结大全 ＞ 单位工作总结
{T}
!m 整理：雨桐　｜　更新于 07-12　｜　阅读量 2,316
!a 一键复制全文　　导出为Word
{BODY}
!a 以上就是本篇的全部内容，觉得有用请点个“赞”再走～
!l ▼ 同类范文推荐
!l · 乡镇污水管网运维工作总结（2篇）
!l · 水务集团2025年半年工作报告
!d 本站部分文章来源于会员投稿，如涉及您的权益，请发送证明材料至站内信，核实后48小时内处理。
!m 墨韵范文汇 版权所有　湘ICP备20250613号-2
""",
        body="""
今年上半年，城北污水处理厂在县住建局的指导下，坚持稳定运行与提标改造两手抓，累计处理污水六百四十二万吨，出水水质稳定达到一级A标准。
一、主要工作完成情况
（一）生产运行平稳有序。全厂实行三班两运转，关键设备完好率保持在百分之九十八以上。⟦a 【复制本段】⟧
（二）提标改造稳步推进。深度处理工程完成主体施工，预计九月进入联动调试。
⟦a 登录后可查看剩余2/3内容，会员免费畅读⟧
二、存在的问题
进厂水量雨季波动大，部分时段负荷偏高，化验人员持证比例还需提高。
澴川县城北污水处理厂
2025年7月8日
""",
    ),
    dict(
        slug="wenku-lanxi-grotto-plan-bar-markers",
        site="览溪文库 (invented)",
        style="文库预览",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://wk.lanxi.example.net/view/9c41de0a77b2.html",
        title="浈岭石窟保护研究所2025年汛期防渗排水工作方案",
        record_title="浈岭石窟保护研究所2025年汛期防渗排水工作方案.docx",
        date=None,
        notes="file-name record title; page markers '┃第N页┃' cut paragraphs; preview-end prompt; no date in the document (year only in the title)",
        pages=dict(fmt="┃第{n}页┃", every=120, start=2),
        page="""
!m 览溪文库　|　文档预览
!t 浈岭石窟保护研究所2025年汛期防渗排水工作方案.docx
!m 贡献者：sk_m****　　页数：4　　大小：38.2KB
!a 全文阅读已结束，剩余内容请支付2.00元下载
{BODY}
!a ⇩ 立即下载　　☆ 加入文件夹　　⚑ 举报
!l 与本文相关的文档：石窟文物日常巡查制度.doc · 崖体裂隙监测记录表.xls
!d 用户上传的文档仅代表上传者观点，本平台不对内容的准确性负责。
""",
        body="""
为切实做好今年汛期石窟本体及周边环境的防渗排水工作，最大限度减少雨水对窟内造像和壁画的侵害，结合我所实际，制定本方案。
一、工作目标
确保汛期窟顶排水沟通畅，渗水点及时发现、及时处置，窟内相对湿度控制在百分之七十以下。
二、主要措施
（一）汛前全面清理窟顶排水沟和山体截水沟，对三号、七号窟顶的裂隙进行封堵。
（二）雨后两小时内完成全部洞窟巡查，发现渗水立即记录位置并报告值班领导。
（三）加密温湿度监测频次，数据异常时启动除湿设备。
三、保障要求
各科室要服从统一调度，值班人员不得擅离岗位，重大险情第一时间上报县文物局。
""",
    ),
    dict(
        slug="gov-xuyang-schisto-notice-html-index-table",
        site="湑阳县卫生健康局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://wjj.xuyang.example.gov.cn/xxgk/tzgg/202504/t20250415_88213.html",
        title="关于开展2025年春季查螺灭螺工作的通知",
        record_title="关于开展2025年春季查螺灭螺工作的通知_湑阳县卫生健康局",
        date="2025-04-14",
        date_also=["2025-04-15"],
        notes="modern county portal with 索引号 table, 长辈版/无障碍 links, font row; document number neutral; the notice's own 联系人/电话 next to the site's hotline in the footer",
        page=html_page(
            "关于开展2025年春季查螺灭螺工作的通知_湑阳县卫生健康局",
            '<div class="topbar">⟦a 长辈版⟧ | ⟦a 无障碍浏览⟧ | ⟦m 湑阳县人民政府门户网站⟧</div>\n'
            '<nav><ul><li>⟦m 首页⟧</li><li>⟦l 政务公开⟧</li><li>⟦l 政务服务⟧</li><li>⟦l 互动交流⟧</li></ul></nav>',
            '<div class="crumb">⟦m 当前位置：首页 » 信息公开 » 通知公告⟧</div>\n'
            '<table class="xxgk-meta"><tr><td>⟦m 索引号：XY-0431-2025-00173⟧</td><td>⟦m 发布机构：县卫生健康局⟧</td></tr>\n'
            '<tr><td>⟦m 发文日期：2025-04-15⟧</td><td>⟦m 主题分类：卫生、体育⟧</td></tr></table>\n'
            "<h1>{T}</h1>\n"
            '<p class="docno">湑卫发〔2025〕19号</p>\n'
            '<div class="tools">⟦a 【字体：放大 默认 缩小】⟧ ⟦a 打印本页⟧ ⟦a 关闭窗口⟧</div>\n'
            '<div id="zoom">\n{BODY}\n</div>\n'
            '<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>\n'
            '<div class="prevnext">⟦l 上一条：湑阳县2025年爱国卫生月活动安排⟧<br>⟦l 下一条：关于公布第二批基层特色科室名单的通知⟧</div>',
            '<h3>⟦l 相关文件⟧</h3><ul><li>⟦l 血吸虫病防治条例解读⟧</li><li>⟦l 湑阳县血防工作三年行动计划⟧</li></ul>',
            "<p>⟦m 主办单位：湑阳县人民政府办公室　承办：湑阳县卫生健康局⟧</p>\n"
            "<p>⟦m 政务服务热线：12345　网站标识码：4310260009⟧</p>\n<p>⟦m 湘ICP备11020388号⟧</p>",
        ),
        body="""
各乡镇卫生院、县血吸虫病防治站：
为巩固血吸虫病消除成果，切实阻断钉螺扩散，经研究，决定在全县开展2025年春季查螺灭螺工作。现将有关事项通知如下。
一、时间安排：4月20日至5月31日，各单位须于5月25日前完成环境调查。
二、重点区域：沿湖垸内沟渠、历史有螺环境及新发现的可疑环境。
三、工作要求：查螺采用系统抽样结合环境抽查，每框螺数须当场登记，灭螺药物由县血防站统一配发。
联系人：谢永涛　电话：0731-86205517
湑阳县卫生健康局
2025年4月14日
""",
    ),
    dict(
        slug="news-qiaodu-marathon-report-lead-title",
        site="桥都晚报网 (invented)",
        style="新闻门户",
        genre="新闻稿",
        kind="news",
        form="html",
        source="https://www.qiaoduwb.example.com/tiyu/2025-11/02/content_417720.htm",
        title="沩浦半程马拉松鸣枪开跑 八千名跑者畅跑滨江",
        record_title=None,
        date="2025-11-02",
        notes="no record title; title in <h1> and repeated in the head; byline with 发布时间 (page date), editor and views; hot list and recommended items in the sidebar; a 'more pictures' link glued after a sentence",
        page=html_page(
            "沩浦半程马拉松鸣枪开跑 八千名跑者畅跑滨江-桥都晚报网",
            '<div class="logo">⟦m 桥都晚报网 · 城市生活第一站⟧</div>\n'
            '<nav>⟦m 首页⟧ ⟦l 时政⟧ ⟦l 体育⟧ ⟦l 财经⟧ ⟦l 视频⟧ ⟦l 数字报⟧ ⟦a 登录⟧ ⟦a 注册⟧</nav>',
            "<h1>{T}</h1>\n"
            '<div class="info">⟦m 2025-11-02 10:47　来源：桥都晚报　记者 万晓晨　浏览：1.6万⟧</div>\n'
            "{BODY}\n"
            '<div class="editor">⟦m 【责编：彭可欣　审核：孔令辉】⟧</div>\n'
            '<div class="rec"><h4>⟦l 猜你喜欢⟧</h4><a>⟦l 城区这些路段周末临时管制⟧</a><a>⟦l 跑者补给站设置一览⟧</a></div>',
            '<div class="hot"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 滨江步道夜景提升工程完工⟧</li><li>⟦l 本周天气：冷空气又来了⟧</li></ol></div>',
            "<p>⟦d 本网所有稿件未经书面授权不得转载，违者必究。⟧</p><p>⟦m 违法和不良信息举报电话：0739-5510000⟧</p>",
        ),
        body="""
本报讯 11月2日7时30分，2025沩浦半程马拉松在滨江广场鸣枪开跑，来自全国各地的八千名跑者沿滨江路向北奔跑，欣赏沿途秋色。
本届赛事设半程马拉松、十公里跑和健康跑三个项目，沿线设置补给站九个、医疗点十二个，配备志愿者一千二百余人。⟦a 点击查看更多精彩图片＞＞⟧
经过激烈角逐，男子组冠军由一名本地跑者获得，成绩为1小时06分。
赛事组委会有关负责人表示，明年将在赛道沿线增设观赛区，进一步提升跑者和市民的参与感。
""",
    ),
    dict(
        slug="forum-chuanbang-lock-notice-junk",
        site="船帮论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.chuanbang.example.cn/thread-55302-1-1.html",
        title="滠口船闸2025年冬季停航检修的通告",
        record_title="【转帖】滠口船闸2025年冬季停航检修的通告",
        date="2025-11-20",
        date_also=["2025-11-21"],
        notes="forum repost with anti-scraping junk lines and glued junk; a poster line with 发表于 (the notice's own date later); signature and reply box at the bottom",
        junk=dict(lines=2, glued=2),
        page="""
!m 船帮论坛 › 内河航运 › 航行通告
!t 【转帖】滠口船闸2025年冬季停航检修的通告
!m 楼主：老舵工　　发表于 2025-11-21 08:02　　只看该作者
!m 查看: 873 | 回复: 14
{BODY}
!l 本帖最后由 老舵工 于 2025-11-21 08:05 编辑
!m ———— 行船千里，平安为先 ————
!l 回复　　引用　　举报　　评分
!l 快速回复：请先登录后再发表回复
""",
        body="""
各航运企业、船民朋友：
为保障船闸设施安全运行，经上级主管部门批准，滠口船闸定于2025年12月10日8时至12月25日18时停航检修。检修期间船闸停止一切过闸作业。
请各船舶合理安排航行计划，提前做好待闸准备，不得在上下游引航道内随意停泊。检修期间如遇特殊情况需过闸，须提前三天书面申请。
检修结束时间如有变化，另行通告。
滠口船闸管理所
2025年11月20日
""",
    ),
    dict(
        slug="blog-lujiang-waste-plant-visit-wrapped",
        site="芦江闲话 (invented)",
        style="博客",
        genre="心得体会",
        kind="essay",
        form="text",
        source="http://lujiangxianhua.example.blog.cn/archives/2025/06/1184",
        title="参观垃圾焚烧发电厂有感",
        record_title="参观垃圾焚烧发电厂有感 | 芦江闲话",
        date="2025-06-09",
        notes="blog post hard-wrapped at 60 columns with gap lines; posted-on line as the page date; tags, prev/next and comment count below; an in-text sentence about sharing as content",
        wrap=60,
        gap=True,
        indent="　　",
        page="""
!m 芦江闲话 · 一个退休教师的随笔本
!l 首页 | 随笔 | 游记 | 读书 | 关于
{T}
!m 写于 2025年6月9日 · 分类：随笔 · 围观 312 次
{BODY}
!l 标签：环保　参观　垃圾分类
!l « 前一篇：端午包粽子记　　后一篇：夏夜听蛙 »
!l 已有 6 条评论，快来说两句
!m Powered by 芦江闲话 · 本博客文字皆为原创
""",
        body="""
上周跟着社区老年大学的同学们，去参观了县里新建的垃圾焚烧发电厂。去之前我心里总有些担心，以为那里一定臭气熏天，没想到一走进厂区，看到的是整洁的道路和成片的绿化。
讲解员告诉我们，每天运进厂里的生活垃圾有六百多吨，经过发酵、焚烧，产生的热量推动汽轮机发电，一年能发电一亿多度，烟气要经过好几道净化工序才排出去。
站在中控室的大屏幕前，看着一排排实时跳动的排放数据，我第一次觉得垃圾分类不是一句空话。回来以后，我把参观时拍的照片分享到了小区群里，好几位邻居都说下次也想去看看。
""",
    ),
    dict(
        slug="wechat-mirror-bnb-association-pledge",
        site="号外阅读 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="pledge",
        form="html",
        source="https://haowai.example.com/a/mp/7HcK2Lq0aZ",
        title="致全县民宿经营者的诚信经营倡议书",
        record_title=None,
        date="2025-03-28",
        notes="WeChat mirror page: account line with a time (the page's publish line), follow prompt, 阅读原文/在看 row, reward button; the pledge's own 扫码 sentence stays; signature date",
        page=html_page(
            "致全县民宿经营者的诚信经营倡议书",
            '<div class="mirror-bar">⟦m 号外阅读 — 好文章，不错过⟧ ⟦a 打开APP阅读⟧</div>',
            '<h2 class="rich_media_title">{T}</h2>\n'
            '<div class="meta">⟦m 溇湾县民宿协会　2025-03-28 19:30　发表于湖南⟧</div>\n'
            '<p class="guide">⟦a 点击上方蓝字，关注我们⟧</p>\n'
            '<div class="rich_media_content">\n{BODY}\n</div>\n'
            '<p>⟦a 喜欢就点个在看吧⟧</p>\n'
            '<div class="tool">⟦l 阅读原文　阅读 2174　在看 36⟧</div>\n'
            '<div class="reward">⟦a 喜欢作者　赞赏⟧</div>',
            '<div>⟦l 本号近期文章⟧<ul><li>⟦l 踏青季，这十家民宿值得一住⟧</li><li>⟦l 协会第三次会员大会顺利召开⟧</li></ul></div>',
            "<p>⟦d 本页内容由号外阅读自动抓取，版权归原作者所有。⟧</p>",
        ),
        body="""
全县民宿经营者朋友们：
春暖花开，旅游旺季即将到来。为维护我县民宿行业良好形象，协会向全体会员发出如下倡议。
一、明码标价，不在节假日随意涨价，不搞捆绑消费。
二、如实宣传，房间照片与实际相符，不夸大、不虚构。
三、守牢安全底线，定期检查燃气、消防设施，入住登记一人一证。
请各会员扫描协会公众号内的“诚信承诺”二维码，在线签署承诺书。
溇湾县民宿协会
2025年3月28日
""",
    ),
    dict(
        slug="docshare-kuaiyue-ski-safety-rules-dot-markers",
        site="快阅文档 (invented)",
        style="文档分享",
        genre="规章制度",
        kind="rules",
        form="text",
        source="https://doc.kuaiyue.example.com/p-30827716.html",
        title="洺城滑雪场雪道安全管理制度",
        record_title="洺城滑雪场雪道安全管理制度（完整版）",
        date=None,
        notes="decorated record title; page markers '⁓N⁓' glued to the continuation; upload notice and points prompt; rules mentioning 打印 and 扫码 as content; no date",
        pages=dict(fmt="⁓{n}⁓", every=110, start=2, glue=True),
        page="""
!m 快阅文档 > 行业资料 > 旅游体育
!t 洺城滑雪场雪道安全管理制度（完整版）
!m 上传者：雪**人　　上传时间：2025-12-01　　浏览：406　　下载：31
!a 下载本文档需要8积分，开通会员免积分
{BODY}
!d 该文档为用户分享，平台仅提供存储空间，如侵犯您的权益请联系我们处理。
!l 猜你想看：滑雪场应急预案　雪具租赁管理规定　索道运行记录表
""",
        body="""
第一条 为保障滑雪者人身安全，规范雪道运行管理，制定本制度。
第二条 雪道每日开放前，巡逻队须对全部雪道进行压雪和安全检查，检查结果记入当日台账。
第三条 初级道、中级道、高级道分别设置颜色标识，滑雪者须按自身水平选择雪道。
第四条 游客须扫码阅读安全须知并确认后方可领取雪票，售票处应将安全须知打印张贴于醒目位置。
第五条 发生碰撞或摔伤事故，巡逻员应在五分钟内到达现场，必要时联系医务室。
第六条 本制度自发布之日起施行。
""",
    ),
    dict(
        slug="edu-yunshui-study-trip-notice-parents",
        site="淯水县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.yunshui.example.gov.cn/jyxw/tzgg/2025/0905/3306.html",
        title="关于组织中小学生赴古城开展秋季研学实践活动的通知",
        date="2025-09-05",
        record_date="2025-09-05",
        notes="record date; font-size and print row; a glued 'back to top' after the last line of a list item; the notice's own 联系人 and 邮箱; 附件 list kept",
        page="""
!m 淯水县教育局 · 淯水教育网
!m 您现在的位置：网站首页 - 教育动态 - 通知公告
!t 关于组织中小学生赴古城开展秋季研学实践活动的通知
!m 时间：2025-09-05　来源：基础教育股　点击：【658】
!a 【大字体 中字体 小字体】　【打印此页】
{BODY}
!a 【收藏】【关闭】
!l 相关新闻：2025年秋季开学安全检查通报
!m 地址：淯水县文昌路28号　电话：0738-6612033
""",
        body="""
各中小学校：
为落实中小学研学实践教育要求，县教育局与县古城保护管理委员会联合组织秋季研学实践活动，现将有关事项通知如下。
1. 活动对象：全县小学五年级、初中二年级学生。
2. 活动时间：9月22日至10月31日，各校按排定批次前往。⟦a ↑返回顶部⟧
3. 活动内容：参观古城墙、县衙旧址和窑址博物馆，完成研学手册。
请各校于9月15日前将参加人数报送至县教育局基础教育股。
联系人：龙晓梅　电话：0738-6612047　邮箱：yunshuiyx@example.cn
附件：1.秋季研学批次安排表
2.研学实践活动安全承诺书
淯水县教育局
2025年9月5日
""",
    ),
    dict(
        slug="intranet-sewage-group-minutes-flow-record",
        site="澴川水务集团协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.hcsw.example.local/doc/view.do?docId=20250318004",
        title="集团2025年第三次安全生产例会纪要",
        record_title="集团2025年第三次安全生产例会纪要.docx",
        date="2025-03-20",
        date_also=["2025-03-18"],
        notes="intranet document view with watermark, 流转记录 and read counts; minutes' 时间/地点/主持/参会 lines kept; 印发 date expected, meeting date also accepted",
        page=html_page(
            "协同办公平台 - 公文查阅",
            '<div class="oa-head">⟦m 澴川水务集团协同办公平台⟧ ⟦m 欢迎您，调度中心 刘一帆⟧ ⟦a 退出⟧</div>\n'
            '<div class="oa-menu">⟦l 待办(3)⟧ ⟦l 已办⟧ ⟦l 公文查阅⟧ ⟦l 通讯录⟧</div>',
            '<div class="doc-title">{T}</div>\n'
            '<div class="doc-info">⟦m 文件类型：会议纪要　密级：内部　拟稿：安全环保部⟧</div>\n'
            '<div class="watermark">⟦m 刘一帆 2025-03-21 09:14 内部资料⟧</div>\n'
            '<div class="doc-body">\n{BODY}\n</div>\n'
            '<div class="flow"><h4>⟦m 流转记录⟧</h4><p>⟦m 安全环保部 王建宇 拟稿 03-19 16:20⟧</p><p>⟦m 分管领导 严涛 审核 03-20 10:02⟧</p></div>\n'
            '<div class="read">⟦m 已阅 42 人　未阅 7 人⟧ ⟦a 下载正文⟧ ⟦a 打印⟧</div>',
            "",
            "<p>⟦d 本系统仅限集团内部使用，严禁外传⟧</p>",
        ),
        body="""
时间：2025年3月18日下午3:00
地点：集团三楼会议室
主持：严涛
参会：各厂站负责人、安全员
会议通报了一季度安全检查情况，城北厂加药间、城南厂污泥脱水机房各发现隐患两处，均已整改。
会议要求，各厂站要在3月底前完成有限空间作业专项培训，作业审批一律线上办理。
会议明确，汛期前完成全部泵站备用电源的带载试验。
抄送：集团领导班子成员
集团办公室　2025年3月20日印发
""",
    ),
    dict(
        slug="qa-wenda-cotton-gin-request-ask",
        site="问路百答 (invented)",
        style="问答社区",
        genre="请示",
        kind="request",
        form="text",
        source="https://wenlu.example.com/question/20250816773.html",
        title="关于申请更新轧花生产线除尘设备的请示",
        record_title="轧花厂申请更新除尘设备的请示怎么写？求范文",
        title_in="decorated",
        date=None,
        notes="Q&A: question line, asker meta, answer with a sample request with template placeholders (××年××月××日: no date); helpful/votes buttons; related questions",
        page="""
!m 问路百答 - 有问题，就问路
!m 问路百答 > 公文写作 > 请示
!t 轧花厂申请更新除尘设备的请示怎么写？求范文
!m 提问者：棉田守望者　　2天前　　12人关注
!m 最佳回答　答主：公文老秦　　回答于 昨天 21:14
{T}
{BODY}
!a 有帮助(48)　　无帮助(2)　　追问
!l 其他回答（3）
!l 相关问题：请示和报告有什么区别？　请示的结尾用语怎么写？
!d 答案仅供参考，具体请以相关规定为准。
""",
        body="""
××县供销合作社联合社：
我厂现有轧花生产线除尘设备使用已满十二年，除尘效率明显下降，车间粉尘浓度多次超出规定限值，存在安全隐患。
为保障职工健康和生产安全，拟更新脉冲布袋除尘设备两套，预算资金约四十六万元，由我厂自筹解决。
妥否，请批示。
××县棉花加工厂
××年××月××日
""",
    ),
]
