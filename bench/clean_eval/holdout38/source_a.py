"""holdout38, part A: a vinegar brewery, a tofu co-op, a hot-spring resort bureau, a rowing team,
a square-dance association, an optician's blog, a sign-language service station, a canal office,
an abacus contest, a bus company's minutes, a rice-noodle licence question. All invented."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _kit import modern, old  # noqa: E402

CASES = [
    dict(
        slug="fanwen-cuxiang-summary-vinegar-safety",
        site="醋香范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.wenmo-fw.example.cn/zongjie/anquan/20251219/88410.html",
        title="蔺川县老陈醋酿造厂2025年安全生产工作总结",
        record_title="【精选】蔺川县老陈醋酿造厂2025年安全生产工作总结（通用2篇）",
        date="2025-12-18",
        notes="decorated record title; Chinese-numeral 成文日期; writing-service prompt between paragraphs; a copy button glued after a sentence",
        page="""
!m 文墨范文 — 每天更新万篇实用范文
!m 您在这里：范文首页 » 总结大全 » 安全工作总结
{T}
!m 整理：小墨　更新于 12-19　浏览 2116 次
{BODY}
!l 本文标签：酿造厂 安全生产 年终总结
!l 看了这篇的人还看了：食品厂质量安全工作总结｜酒厂消防演练总结
!d 本站内容来自网友投稿与整理，如有侵权请来信，我们将于三个工作日内处理。
""",
        body="""
2025年，我厂始终把安全生产摆在首位，全年未发生人员伤亡和火灾事故，顺利通过市应急管理局组织的复查。现将全年工作总结如下。
一、压实责任。厂长与各车间主任签订安全责任书12份，车间与班组层层签订，做到责任到人。⟦a 【一键复制本段】⟧
⟦w 材料写不出来？资深笔杆子一对一代笔，加V：wm_xiezuo2025⟧
二、排查隐患。对发酵车间、熏醅车间、锅炉房开展隐患排查46次，整改隐患39处，更换老化线路一千二百米。
三、加强培训。组织全员安全培训4期，新进员工三级教育覆盖率达到百分之百。
明年，我们将重点抓好粉尘防爆和有限空间作业管理，持续巩固安全生产良好局面。
蔺川县老陈醋酿造厂
二〇二五年十二月十八日
""",
    ),
    dict(
        slug="wenku-doufu-plan-bracket-p-markers",
        site="豆丁云文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.yunding-doc.example.com/p-5520871936.html",
        title="荀溪镇豆制品专业合作社食品安全管理方案",
        record_title="荀溪镇豆制品专业合作社食品安全管理方案.docx",
        date=None,
        notes="file-name title; page markers ⦗n⦘ cut sentences, glued or not; preview-end prompt; no date",
        pages=dict(fmt="⦗{n}⦘", every=110, start=2, glue="mix"),
        page="""
!m 云顶文库　｜　文档详情
!m 上传者：鹏程万里　　页数：3页　　格式：DOCX　　大小：41KB
!a 下载券：5　　　加入文件夹　　　分享
{T}
{BODY}
!a ─── 预览到此为止，剩余1页请下载原文查阅 ───
!a 立即下载（会员免费）
!l 相关文档：食品小作坊卫生管理制度　豆腐坊生产流程规范
""",
        body="""
为规范合作社豆制品生产加工行为，保障社员和消费者的饮食安全，结合本社实际，制定本方案。
一、原料管理。黄豆须从有资质的供应商处采购，每批次索取检验合格证明，霉变、虫蛀原料一律不得入库。
二、加工过程。豆腐、豆干、腐竹的生产人员每年进行健康检查，持证上岗；生产用水须符合生活饮用水卫生标准，凝固剂严格按照规定用量添加。
三、出厂检验。每批次产品出厂前由质检员抽样检验，留样保存七十二小时，检验记录保存两年以上。
四、责任追究。对违反本方案造成食品安全事故的，依照合作社章程追究当事人责任。
""",
    ),
    dict(
        slug="gov-zhiyang-notice-hotspring-html",
        site="蕺阳县文化和旅游局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wlj.zhiyang.example.gov.cn/tzgg/202510/t20251014_771205.html",
        title="关于开展温泉旅游经营场所安全检查的通知",
        record_title="关于开展温泉旅游经营场所安全检查的通知_通知公告_蕺阳县文化和旅游局",
        date="2025-10-14",
        notes="modern county portal; byline 发布时间 same as the 成文日期; document's own 联系人/电话 next to the site's hotline in the footer; 附件 list; font-size row",
        page=modern(
            "关于开展温泉旅游经营场所安全检查的通知_通知公告_蕺阳县文化和旅游局",
            top='<div class="logo">⟦m 蕺阳县文化和旅游局⟧</div><div class="tools"><a href="/wza">⟦a 无障碍阅读⟧</a> <a href="/old">⟦a 长者模式⟧</a></div>',
            nav='<a href="/">⟦m 网站首页⟧</a> <a href="/zwgk/">⟦m 政务公开⟧</a> <a href="/tzgg/">⟦m 通知公告⟧</a> <a href="/hd/">⟦m 互动交流⟧</a>',
            crumb="⟦m 所在位置：首页 ＞ 政务公开 ＞ 通知公告⟧",
            info='<span>⟦m 发布时间：2025-10-14 16:02　信息来源：市场管理科⟧</span> <span>⟦a 字号：〔大　中　小〕⟧</span> <span>⟦a 打印本页⟧</span>',
            after='<div class="share">⟦l 分享至：微信　微博　QQ空间⟧</div><div class="pn"><p>⟦l 上一条：蕺阳县2025年国庆假期文旅市场运行情况⟧</p><p>⟦l 下一条：关于公布第二批县级非遗代表性项目名录的通知⟧</p></div>',
            side='<h4>⟦l 热点专题⟧</h4><ul><li>⟦l 全域旅游示范县创建⟧</li><li>⟦l 文明旅游　你我同行⟧</li></ul>',
            foot='<p>⟦m 主办：蕺阳县文化和旅游局　地址：蕺阳县温泉大道9号⟧</p><p>⟦m 旅游投诉电话：0736-12301⟧</p><p>⟦m 湘ICP备2021008877号-2　网站标识码4307260031⟧</p>',
        ),
        body="""
各乡镇文化站，各温泉旅游经营单位：
为切实做好秋冬季温泉旅游旺季安全工作，县文旅局决定于10月20日至11月10日开展温泉旅游经营场所安全检查，现将有关事项通知如下。
一、检查内容：池水水质及消毒记录、电气线路、防滑设施、救生员配备和应急预案落实情况。
二、工作要求：各经营单位须于10月25日前完成自查，并将自查表报送局市场管理科。
联系人：邓启明，电话：0736-7258013，邮箱：zywlj_scgl@zhiyang.example.gov.cn
附件：1.温泉旅游经营场所安全自查表
2.安全检查问题整改台账
蕺阳县文化和旅游局
2025年10月14日
""",
    ),
    dict(
        slug="news-lanbo-rowing-html-suffix",
        site="澜波新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.lanbo.example.com/sports/2025-09/03/c_118820.htm",
        title="莪山县青少年赛艇队在省运会上夺得两金一银",
        record_title="莪山县青少年赛艇队在省运会上夺得两金一银-体育频道-澜波新闻网",
        date="2025-09-03",
        notes="news portal; site suffix; byline with time taken as the page's date; editor line at the end; a recommended-reading box between paragraphs",
        page=modern(
            "莪山县青少年赛艇队在省运会上夺得两金一银-体育频道-澜波新闻网",
            top='⟦m 澜波新闻网　有温度的本地新闻⟧ <a href="/app">⟦a 下载客户端⟧</a>',
            nav='⟦m 首页　时政　民生　体育　文旅　视频⟧',
            crumb="⟦m 澜波新闻网 &gt; 体育频道 &gt; 正文⟧",
            info="⟦m 2025-09-03 19:41:07　来源：莪山融媒　记者 彭晓岚 通讯员 温晨⟧",
            after='<p class="editor">⟦m [责编：孔令书]⟧</p><div>⟦l 你可能感兴趣：莪山县举办首届全民健身赛艇公开赛　澜波街头篮球赛收官⟧</div><div>⟦l 网友评论（0）　登录后参与讨论⟧</div>',
            side='<div class="rank"><h3>⟦l 24小时排行⟧</h3><ol><li>⟦l 环湖绿道全线贯通⟧</li><li>⟦l 中秋档期文旅活动一览⟧</li></ol></div>',
            foot='<p>⟦d 凡本网注明“来源：澜波新闻网”的作品，未经授权不得转载、摘编。⟧</p><p>⟦m 互联网新闻信息服务许可证编号：43120190031⟧</p>',
        ),
        body="""
9月2日，在省第十五届运动会赛艇项目比赛中，莪山县青少年赛艇队获得女子单人双桨、男子四人双桨两枚金牌和女子双人双桨一枚银牌，创造了该县参加省运会以来的最好成绩。
莪山县青少年赛艇队组建于2021年，现有队员26人，均来自县内各中学。
⟦l 【延伸阅读】省运会奖牌榜实时更新⟧
“孩子们每天早上六点就下水，一年划了两千多公里。”主教练钟立涛说。
县教体局表示，将继续完善水上训练基地建设，力争在下一届省运会上取得更好成绩。
""",
    ),
    dict(
        slug="forum-guangchang-dance-junk",
        site="菰岭生活论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://bbs.guling-life.example.net/thread-40871-1-1.html",
        title="关于文明开展广场舞活动的倡议书",
        record_title="[转帖] 关于文明开展广场舞活动的倡议书",
        date="2025-05-08",
        date_also=["2025-05-09"],
        notes="forum post with anti-scraping junk; the post's 发表于 differs from the 成文日期 (the latter expected); floor replies after the post",
        junk=dict(lines=2, glued=2),
        page="""
!m 菰岭生活论坛 › 邻里家常 › 查看主题
!m 楼主：舞动夕阳　　发表于 2025-5-9 07:15　　只看该作者
{T}
{BODY}
!l 沙发　晨练老周：支持！晚上九点以后确实该小点声。
!l 板凳　花园里的猫：我们楼下每天都跳，希望能看到。
!a 回复　　引用　　举报　　返回列表
""",
        body="""
广大广场舞爱好者：
广场舞丰富了大家的业余生活，但音响声音过大、占用消防通道等问题也给周边居民带来了困扰。为此，菰岭县广场舞协会向全体舞友发出如下倡议。
一是控制音量，晚上八点半以后不使用大功率音响，提倡佩戴蓝牙耳机跳“静音广场舞”。
二是文明占地，不占用消防通道、停车位和盲道，活动结束后带走垃圾。
三是相互礼让，不同队伍之间错时错峰，遇到居民提出意见虚心接受。
菰岭县广场舞协会
2025年5月8日
""",
    ),
    dict(
        slug="blog-mingmu-optician-insight-relative-time",
        site="明目视光 (invented personal blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://mingmu-shiguang.example.blog/post/1138",
        title="给孩子配镜十年的一点心得",
        record_title="给孩子配镜十年的一点心得 - 明目视光的小屋",
        date=None,
        notes="blog post with a relative time only (3天前): no date; a sentence of the text about 分享 kept; a reward button glued after the last sentence",
        page="""
!m 明目视光的小屋　|　一个眼镜店老板的碎碎念
!m 首页　/　随笔　/　关于我
{T}
!m 3天前　·　阅读 419　·　分类：配镜那些事
{BODY}
!a 赞 12　　　收藏　　　转发
!l 上一篇 ← 近视防控的几个误区　　下一篇 → 老花镜到底要不要验光
!l 发表评论：昵称（必填）　邮箱（选填）
!d 版权所有 © 明目视光的小屋，转载请保留原文链接。
""",
        body="""
开眼镜店十年，给上千个孩子配过镜，今天把几点体会写下来，分享给各位家长。
第一，孩子第一次配镜一定要散瞳验光，不能只看电脑验光单。
第二，镜架要选鼻托可调、重量轻的，镜腿长度要合适，否则孩子戴不住。
第三，配好眼镜后每半年复查一次，度数涨得快的要及时找眼科医生看看。
希望每个孩子都能少戴一点度数，多看一点远方。⟦a 打赏作者 ☕⟧
""",
    ),
    dict(
        slug="wechat-shouyu-pledge-html-follow",
        site="微信文章镜像站 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://wxread.mirror-hub.example.com/s/sx_20250925_4",
        title="国际聋人日倡议书：学一句手语，架一座心桥",
        record_title=None,
        date="2025-09-25",
        notes="WeChat-style mirror, no record title; the account line's date equals the 成文日期; body sentence asks readers to 扫码关注 the station's course (content); like/在看 bar and QR prompt as chrome",
        page=modern(
            "文章详情",
            top='⟦m 公号文章存档 · 每日同步⟧',
            nav='⟦m 热门　最新　分类　搜索⟧',
            info='<span>⟦m 蕨川县手语翻译服务站　2025年09月25日 08:30　江苏⟧</span>',
            before='<p>⟦a 点击上方蓝字，关注我们⟧</p>',
            after='<p>⟦a 长按识别二维码　关注“蕨川手语站”⟧</p><p>⟦l 阅读 1862　　分享　　点赞　　在看⟧</p><p>⟦l 往期推荐：助听器补贴申请指南 | 无障碍出行地图上线⟧</p>',
            side='<div>⟦d 本站文章均来自公开公众号，仅作存档，如有侵权请联系删除。⟧</div>',
            foot='<p>⟦m mirror-hub.example.com　粤ICP备19087722号⟧</p>',
        ),
        body="""
亲爱的市民朋友们：
9月的最后一个星期日是国际聋人日。蕨川县有听力残疾人三千余名，他们和我们一样热爱生活，却常常因为沟通障碍而无法顺利就医、办事。
为此，我们倡议：每人学会“你好”“谢谢”“请问需要帮助吗”三句基础手语；窗口单位至少安排一名工作人员参加手语培训；公共场所的视频播放加配字幕。
服务站每周六上午在县图书馆开设免费手语课，市民可扫描海报上的二维码关注服务站公众号报名。
让我们用双手架起沟通的桥梁。
蕨川县手语翻译服务站
2025年9月25日
""",
    ),
    dict(
        slug="docshare-yunhe-request-wrapped",
        site="共享文档站 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="text",
        source="https://share.docbay.example.org/view/7731902",
        title="关于申请运河堤岸应急加固资金的请示",
        date="2025-07-02",
        notes="hard-wrapped at 64 columns with indent; upload notice and a points prompt; 抄送 line kept in the body; document number neutral",
        wrap=64,
        indent="　　",
        page="""
!m DocBay 共享文档　　首页 > 行政公文 > 请示
!m 贡献者：柳岸青青　上传时间：2025-07-19　下载次数：37
{T}
茆运〔2025〕19号
{BODY}
!d 温馨提示：本文档由用户上传分享，版权归原作者所有，平台仅提供存储空间。
!a 下载所需积分：3分　（每日签到可领积分）
""",
        body="""
县人民政府：
今年入汛以来，茆塘县境内运河段累计降雨量较常年偏多四成，城东段堤岸出现三处管涌和一处长约四十米的裂缝，严重威胁沿岸两个村庄一千二百余名群众的安全。
经聘请专业机构现场勘察，初步估算应急加固工程需资金二百八十六万元，我处自筹资金难以解决。
特申请县财政安排应急加固资金二百八十六万元，用于堤岸灌浆、抛石护脚和裂缝处理。
妥否，请批示。
茆塘县运河管理处
2025年7月2日
抄送：县水利局，县财政局。
""",
    ),
    dict(
        slug="edu-shexian-abacus-notice-old-table",
        site="莳湾县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.shiwan-edu.example.cn/Article/ShowArticle.asp?ArticleID=3318",
        title="关于举办全县中小学生珠心算比赛的通知",
        record_title="关于举办全县中小学生珠心算比赛的通知",
        record_date="2025-04-07",
        date="2025-04-07",
        notes="old gb2312 ASP table layout: marquee, visitor counter, font row; a schedule table one row a paragraph with ideographic spaces; 附件",
        page=old(
            "莳湾县教育信息网--关于举办全县中小学生珠心算比赛的通知",
            top='<marquee scrollamount="3">⟦m 热烈祝贺我县在全市教学质量评估中获得一等奖！⟧</marquee><img src="/images/banner.jpg" alt="莳湾县教育信息网">',
            nav='⟦m 首页 | 教育动态 | 通知公告 | 教研天地 | 招生考试 | 下载中心⟧',
            crumb='⟦m 您现在的位置： 莳湾县教育信息网 &gt;&gt; 通知公告 &gt;&gt; 正文⟧',
            info='⟦m 作者：县教研室　点击数：<font color="red">1287</font>　更新时间：2025-4-7⟧　<a href="javascript:fontZoom(16)">⟦a 【字体：大 中 小】⟧</a>',
            after='⟦a 【发表评论】【告诉好友】【打印此文】【关闭窗口】⟧<br>⟦l 上一篇文章：莳湾县2025年春季学期教学常规检查通报⟧<br>⟦l 下一篇文章：关于做好中小学生近视防控工作的通知⟧',
            side='⟦l ■ 最新公告⟧<br>⟦l ・ 县教育局2025年部门预算公开⟧<br>⟦l ・ 关于征集优秀校本课程的通知⟧',
            foot='⟦m 版权所有：莳湾县教育局　技术支持：莳湾网络⟧<br>⟦m 您是本站第 <b>2093381</b> 位访客⟧<br>⟦m 建议使用IE8.0以上浏览器　1024*768分辨率⟧',
        ),
        p_html="<p>{}</p>",
        body="""
各中小学校：
为推进珠心算特色教育，培养学生的计算能力和专注力，经研究，决定举办全县中小学生珠心算比赛。
一、比赛时间和地点
组别　比赛时间　比赛地点
小学低年级组　4月26日上午　县实验小学
小学高年级组　4月26日下午　县实验小学
初中组　4月27日上午　县第二中学
二、报名办法：各校于4月18日前将报名表报县教研室，每校每组限报3人。
附件：珠心算比赛报名表
莳湾县教育局
2025年4月7日
""",
    ),
    dict(
        slug="oa-jiaotong-bus-minutes-approval",
        site="薜原公交集团协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.xieyuan-bus.example.local/doc/view?id=20250611-0042",
        title="薜原公交集团夏季运营保障专题会议纪要",
        date="2025-06-12",
        date_also=["2025-06-10"],
        notes="intranet export; minutes' 时间/地点/主持/参会 lines kept; 印发 date expected, meeting date also accepted; approval trail and read counts as chrome",
        page="""
!m 协同办公平台 ｜ 公文管理 ｜ 收文阅办
!m 文档编号：SW-2025-0611-0042　　密级：内部　　紧急程度：普通
!a [ 返回 ]  [ 阅办 ]  [ 转发 ]  [ 导出PDF ]
{T}
{BODY}
!m 流转记录：办公室 郑敏 登记（06-12 09:10）→ 运营部 黄建业 已阅（06-12 10:22）→ 安全部 待阅
!m 已读 37 人　　未读 5 人
!d 本文件仅限集团内部传阅，请勿外传。
""",
        body="""
时间：2025年6月10日下午3时
地点：集团调度中心三楼会议室
主持：总经理 吴海涛
参会：各分公司经理、运营部、安全部、机务部负责人
会议研究了夏季高温期间公交运营保障工作，形成如下意见：
一、全部营运车辆空调于6月20日前完成检修，空调故障车辆不得上线。
二、各场站储备防暑降温物资，驾驶员连续驾驶不超过4小时。
三、遇极端天气，由调度中心统一发布线路调整信息。
薜原公交集团办公室
2025年6月12日印发
""",
    ),
    dict(
        slug="qa-mifen-licence-question-title-missing",
        site="问问乡邻 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenxianglin.example.com/q/66120948",
        title="开一家小型米粉加工厂需要办哪些证？",
        record_title=None,
        date=None,
        notes="no record title: the question on the page; answer date 2天前 (relative: no date); vote bar and other answers as chrome",
        page="""
!m 问问乡邻 — 身边人答身边事
!m 问题分类：创业 › 食品加工
{T}
!m 提问者：湘味米粉　　悬赏 10 积分　　浏览 2310
!m 最佳答案　　答主：食品许可老何　　2天前
{BODY}
!l 👍 有用(58)　　👎 没用(2)　　评论(6)
!l 其他 3 条回答 ▼
!l 相关问题：米粉厂排污要办环评吗？ 家庭作坊能卖米粉吗？
!w 办证难？专业代办食品生产许可，电话咨询 180 0736 4471
""",
        body="""
你好，小型米粉加工厂主要需要办理以下几类证照。
1．营业执照，到当地市场监管部门或者网上办理。
2．食品生产许可证，需要有符合要求的生产场所、设备和检验能力，由县级以上市场监管部门审批。
3．从业人员健康证，所有直接接触食品的员工都要办。
另外，如果有污水排放，还要到生态环境部门办理排污登记。建议先到县政务服务中心食品窗口咨询一下，准备材料会更顺利。
""",
    ),
]
