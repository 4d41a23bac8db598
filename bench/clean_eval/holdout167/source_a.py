"""holdout167, part A: coat hangers (衣架) — a hanger makers' association, a county market
bureau, a hanger factory, a laundry co-op's hanger recycling, a blogger, a forum. Invented text."""

CASES = [
    dict(
        slug="fanwen-guachuan-hanger-association-summary-table-layout",
        site="范文栈 (invented, old table layout)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.fanwenzhan.example.net/zongjie/2025/11472.asp",
        title="栝川县衣架产业协会2024年工作总结",
        record_title="【精选】栝川县衣架产业协会2024年工作总结（通用2篇）_范文栈",
        date="2025-01-16",
        notes="old gb2312 table layout with marquee, visitor counter and a 字号 row; decorated record title; 成文日期 under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【精选】栝川县衣架产业协会2024年工作总结（通用2篇）_范文栈</title>
<script>var _hm=1;document.write('');</script></head><body>
<table width="960" align="center"><tr><td>⟦m 范文栈 — 写材料不求人⟧</td><td><marquee>⟦m 热烈庆祝本站收录范文突破二十万篇！⟧</marquee></td></tr>
<tr><td colspan="2">⟦m 首页 | 工作总结 | 讲话稿 | 心得体会 | 述职报告 | 计划方案⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700">
<div>⟦m 您所处的位置：范文栈 &gt;&gt; 工作总结 &gt;&gt; 协会总结⟧</div>
<h2>⟦t 栝川县衣架产业协会2024年工作总结⟧</h2>
<div>⟦a 【字号：特大 中 细】⟧ ⟦m 人气：1342⟧</div>
{BODY}
<div>⟦w 材料不会写？资深笔杆一对一代笔，扣扣 3301928475⟧</div>
<div>⟦l 上一篇：衣架厂质检员个人年终小结⟧</div><div>⟦l 下一篇：日用品商会换届大会主持稿⟧</div>
</td><td width="260" valign="top"><div>⟦l 本栏热门⟧</div><div>⟦l ·协会年度工作总结范本⟧</div><div>⟦l ·小微企业联合会年终总结⟧</div></td></tr></table>
<table width="960" align="center"><tr><td>⟦m 您是本站第 0928371 位访客⟧</td></tr><tr><td>⟦d 本站文章均由网友投稿，如有侵权请来信，我们核实后即刻删除。⟧</td></tr><tr><td>⟦m 赣ICP备17004213号-2⟧</td></tr></table>
</body></html>
""",
        body="""
2024年，协会围绕“稳订单、提品质、拓渠道”三项任务，团结全县二百一十六家衣架生产企业，较好完成了年初确定的目标。
一、行业运行总体平稳。全县全年生产各类衣架十四亿只，同比增长百分之六点二，其中木质衣架占三成，塑料衣架占五成，金属衣架占两成。
二、质量提升取得进展。协会牵头制定《实木衣架》团体标准，组织四十八家会员企业开展挂钩拉力、涂层附着力比对试验，抽检合格率由百分之九十一提高到百分之九十六。
三、市场渠道不断拓宽。组织会员参加日用品博览会三次，帮助十九家企业开设网店，跨境订单同比增长两成。
2025年，协会将重点推进植绒衣架和竹制衣架新品研发，引导企业由贴牌加工向自有品牌转变。
栝川县衣架产业协会
2025年1月16日
""",
    ),
    dict(
        slug="wenku-lianyang-hanger-spotcheck-report-markers",
        site="百页文库 (invented preview reader)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.baiyewenku.example.com/p-88213097.html",
        title="楝阳市儿童衣架产品质量专项抽查情况报告",
        record_title="楝阳市儿童衣架产品质量专项抽查情况报告.pdf",
        date="2024-09-27",
        notes="file-name record title; page markers ⸢n⸣ cut sentences; a preview-end pay prompt and a download button at the bottom",
        indent="\u3000\u3000",
        pages=dict(fmt="⸢{n}⸣", every=150, start=2),
        page="""
!m 百页文库 · 海量文档在线读
!t 楝阳市儿童衣架产品质量专项抽查情况报告.pdf
!m 上传者：wy_7731　页数：4页　格式：PDF　大小：318KB
!a 立即下载　加入书架　发送到手机
{T}
{BODY}
!a 试看结束，支付3个阅读豆即可解锁剩余内容
!d 本文档为用户上传，百页文库仅提供信息存储空间，不对内容真实性负责。
!l 相关文档：儿童用品质量抽查报告模板 | 日用塑料制品监督抽查通报
""",
        body="""
根据年度产品质量监督抽查计划，市市场监督管理局于2024年8月至9月对全市生产、销售环节的儿童衣架产品开展了专项抽查。
一、抽查基本情况
本次共抽查儿童衣架产品六十批次，其中生产环节二十二批次，流通环节二十六批次，电商平台十二批次。
二、检验项目与结果
检验项目包括挂钩端部圆滑度、可触及锐利边缘、小零件、邻苯二甲酸酯含量等八项。经检验，合格五十三批次，不合格七批次，不合格发现率为百分之十一点七。
三、存在的主要问题
不合格产品主要表现为挂钩端部未做圆头处理，部分卡通造型衣架的装饰件容易脱落，存在被儿童误吞的风险。
四、下一步工作
对不合格产品的生产销售企业依法处理，督促企业召回问题产品，并将儿童衣架纳入明年重点抽查目录。
楝阳市市场监督管理局
2024年9月27日
""",
    ),
    dict(
        slug="gov-jixi-hanger-factory-safety-notice-html",
        site="椑溪县人民政府 (invented county portal)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jixi.example.gov.cn/zwgk/tzgg/202503/t20250312_88710.html",
        title="关于开展衣架加工企业喷涂车间安全隐患排查的通知",
        record_title="关于开展衣架加工企业喷涂车间安全隐患排查的通知_通知公告_椑溪县人民政府",
        date="2025-03-11",
        date_also=["2025-03-12"],
        notes="modern county portal with 索引号 table, 长辈版/无障碍 links and font-size row; contact line of the document beside the portal's 纠错 phone; 附件 list; 发布日期 and 成文日期 differ",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>关于开展衣架加工企业喷涂车间安全隐患排查的通知_通知公告_椑溪县人民政府</title>
<script src="/js/jquery.min.js"></script><script>window.__site_id=31;</script></head><body>
<header><div class="logo">⟦m 椑溪县人民政府⟧</div><div class="tools"><a>⟦a 长辈版⟧</a> <a>⟦a 无障碍浏览⟧</a> <a>⟦a 简/繁⟧</a></div>
<nav>⟦m 首页　政务公开　政务服务　互动交流　走进椑溪⟧</nav></header>
<div class="crumb">⟦m 当前位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11361027MB1C4410X3/2025-00317⟧</td><td>⟦m 发布机构：县应急管理局⟧</td></tr><tr><td>⟦m 发布日期：2025-03-12⟧</td><td>⟦m 主题分类：安全生产⟧</td></tr></table>
<h1>⟦t 关于开展衣架加工企业喷涂车间安全隐患排查的通知⟧</h1>
<div class="fontsize">⟦a 【字体：大 中 小】⟧ ⟦a 打印本页⟧ ⟦a 关闭窗口⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<aside><h3>⟦l 相关信息⟧</h3><ul><li>⟦l 县应急局开展粉尘涉爆企业专项执法⟧</li><li>⟦l 2025年全县安全生产工作要点⟧</li></ul></aside>
<footer><p>⟦m 主办：椑溪县人民政府办公室　网站标识码：3610270009⟧</p><p>⟦m 网站纠错电话：0794-6213300⟧</p><p>⟦m 赣公网安备36102702000141号⟧</p></footer>
<script>var _paq=[];</script>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
我县衣架加工企业多集中在工业园区和城郊村，部分企业喷涂车间通风不良、油漆稀释剂混放，存在火灾和中毒隐患。经县政府同意，决定于3月中旬至4月底开展专项排查。
一、排查范围
全县从事木质、金属衣架喷涂、烤漆加工的企业和家庭作坊。
二、排查重点
（一）喷涂车间是否与仓库、宿舍分开设置；
（二）通风排风、静电接地设施是否完好；
（三）油漆、稀释剂是否分类存放、限量使用。
三、工作要求
各乡镇要建立排查台账，发现重大隐患立即责令停产整改，排查结果于4月30日前报送县应急管理局。
联系人：葛晓川，电话：0794-6217782。
附件：1．衣架加工企业喷涂车间隐患排查表
2．排查情况汇总表
椑溪县安全生产委员会办公室
2025年3月11日
""",
    ),
    dict(
        slug="news-jucheng-bamboo-hanger-orders-byline",
        site="榉城新闻网 (invented news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.jucheng.example.cn/bd/2025-05/20/c_412287.htm",
        title="榉城竹衣架搭上跨境快车 首季出口订单翻番",
        record_title=None,
        date="2025-05-20",
        notes="no record title; the title from the headline line; 发布时间 byline is the page date; photo caption between paragraphs; editor glued after the last sentence",
        page="""
!m 榉城新闻网　|　本地　社会　经济　图片　视频
!m 首页 > 本地新闻 > 经济
{T}
!m 2025-05-20 08:41:15　来源：榉城日报　作者：记者 尹清禾 通讯员 骆一帆
!a 字号：A+ A-
{BODY}
!l 【相关阅读】
!l 榉城举办首届竹木日用品电商直播节
!l 三个村子的竹子生意
!m 网友评论　已有0人参与
!d 本网所刊内容未经授权不得转载，违者依法追究责任。
""",
        body="""
记者日前从榉城县商务局获悉，今年一季度，全县竹衣架出口订单达四千二百万只，同比翻了一番，产品销往东南亚、中东等二十多个国家和地区。
在位于竹岭镇的一家竹制品企业，工人们正忙着给刚刚完成碳化处理的竹衣架打磨、装钩、贴标。企业负责人介绍，今年以来他们新开发了防滑植绒款和可折叠款，很受海外买家欢迎。
⟦m 图为竹岭镇一家企业的工人在包装竹衣架。记者 尹清禾 摄⟧
近年来，榉城依托丰富的毛竹资源，引导企业上线跨境电商平台，县里还建起了竹制品公共检测中心，帮助企业办理出口认证。
下一步，县商务局将组织企业参加广交会等展会，力争全年竹衣架出口额突破三亿元。⟦m （责任编辑：吕小满）⟧
""",
    ),
    dict(
        slug="forum-chuyuan-hanger-workshop-jammer-html",
        site="樗原家居论坛 (invented, Discuz-like)",
        style="论坛",
        genre="经验分享",
        kind="other",
        form="html",
        source="http://bbs.chuyuanjia.example.com/thread-30918-1-1.html",
        title="开衣架小作坊三年，说说我踩过的坑",
        record_title="[创业经验] 开衣架小作坊三年，说说我踩过的坑 - 小本创业 - 樗原家居论坛",
        date=None,
        notes="Discuz-like page with jammer fonts inside the post; 发表于 stamp is a relative time (no date); replies and a login prompt",
        junk=dict(lines=1, glued=3),
        p_html="{}<br />",
        page="""
<html><head><meta charset="gbk"><title>[创业经验] 开衣架小作坊三年，说说我踩过的坑 - 小本创业 - 樗原家居论坛</title></head><body>
<div id="hd">⟦m 樗原家居论坛⟧ <a>⟦a 注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 樗原家居论坛 › 小本创业 › 查看内容⟧</div>
<div class="ts"><h1>⟦t [创业经验] 开衣架小作坊三年，说说我踩过的坑⟧</h1><span>⟦m 查看: 1874 | 回复: 23⟧</span></div>
<table><tr><td class="pls">⟦m 老潘做衣架⟧<br>⟦m 积分 633⟧</td><td class="plc">
<div class="pi">⟦m 楼主　发表于 3 天前⟧ ⟦a 只看该作者⟧</div>
<div class="t_fsz"><div class="t_f">
{BODY}
</div></div></td></tr></table>
<div class="reply"><p>⟦l 沙发　晾衣绳 发表于 3 天前⟧</p><p>⟦l 实在人，收藏了，喷漆那段太真实⟧</p></div>
<div>⟦a 您需要登录后才可以回帖 登录 | 立即注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　樗原家居论坛⟧</div>
</body></html>
""",
        body="""
坐标樗原城郊，从2022年开始做木衣架代加工，前后三年，赚过也亏过，今天把经验写出来，给想入行的朋友提个醒。
第一，别贪便宜买二手烤漆线。我第一年图省事接手了一条旧线，温控不准，一批货漆面起泡，整批返工，亏了小两万。
第二，挂钩一定自己抽检。外购的镀锌挂钩有的镀层太薄，放仓库两个月就生锈，客户直接拒收。
第三，账期要谈清楚。电商客户压款普遍六十天，小作坊现金流扛不住，宁可单价低一点也要争取月结。
第四，环保手续提前办。去年镇上查喷涂，没有环评的作坊全部停了，我是提前半年换了水性漆才过关的。
就这些，欢迎同行补充，有问题楼下留言。
""",
    ),
    dict(
        slug="blog-kuangshan-hanger-closet-notes-wrapped",
        site="柃山闲笔 (invented personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://lingshanxianbi.example.blog.cn/post/2024/12/hangers",
        title="给老房子衣柜换了一批衣架之后",
        record_title="【随记】给老房子衣柜换了一批衣架之后 – 柃山闲笔",
        date="2024-12-08",
        notes="hard-wrapped blog post (62 columns); bracketed post time is the page date; tag cloud, archive and comment count after; a 'subscribe' prompt glued after a sentence",
        wrap=62,
        indent="  ",
        page="""
!m 柃山闲笔 —— 一个退休会计的记账本以外
!m 首页 / 生活 / 随记
!t 【随记】给老房子衣柜换了一批衣架之后
!m [2024-12-08 20:16]  分类：生活  阅读(96)  评论(4)
{BODY}
!l 标签：衣架 收纳 老房子
!l « 上一篇：冬至那天包的荠菜馄饨
!l » 下一篇：旧缝纫机的新用处
!l 文章归档：2024年12月(3) 2024年11月(5) 2024年10月(4)
!m 本博客由 轻博 提供技术支持
""",
        body="""
老伴总说衣柜里挂不下，我一数，三十多只衣架竟有七八种，塑料的、铁丝的、干洗店送的，长短不齐，挂出来的衣服高高低低，既占地方又不好看。
上个月下了决心，统一换成了同一款细身植绒衣架，一共六十只，花了一百零八元。换完以后，原来两门柜挂的衣服，现在一门半就够了，衬衫也不再从肩上滑下来。⟦a 喜欢这篇的话，点右上角订阅本博⟧
换下来的旧衣架也没扔：铁丝的拿去给楼下花店绑花枝，塑料的送给了小区回收点，干洗店的那些正好还给了干洗店。
记这一笔，是想提醒自己：收纳不在于买多少东西，而在于少而整齐。
""",
    ),
    dict(
        slug="wechat-chawan-laundry-hanger-recycling-mirror",
        site="公号集 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.gonghaoji.example.com/a/2025/0422/6698120.html",
        title="请把多余的衣架送回来——致全体居民的一封倡议书",
        record_title="请把多余的衣架送回来——致全体居民的一封倡议书 | 檫湾洗衣合作社",
        date="2025-04-21",
        notes="WeChat mirror: account line with date (page date differs from 成文日期, both accepted); 在看/阅读原文 row; a follow prompt between paragraphs on its own line; document's own 扫码 sentence kept",
        date_also=["2025-04-22"],
        page="""
!m 公号集 — 好文章不怕被错过
!t 请把多余的衣架送回来——致全体居民的一封倡议书
!m 原创　檫湾洗衣合作社　2025-04-22 07:30　发表于湖南
{BODY}
!a 阅读原文　分享　在看　赞
!m 微信扫一扫 关注该公众号
!l 推荐阅读：合作社新增羽绒服水洗服务
!d 本页内容由公号集自动抓取，版权归原公众号所有。
""",
        body="""
亲爱的街坊邻居：
檫湾洗衣合作社成立六年来，每年随衣服送出的塑料衣架有两万多只。其中相当一部分挂进衣柜后再也没有用过，最后成了垃圾。
为此，我们倡议：
一、家中闲置的干洗衣架、塑料衣架，请在下次取衣时顺便带回门店，我们消毒后循环使用；
二、取衣时如家里衣架够用，可告诉店员“不要衣架”，每件衣服减收五角钱；
⟦m 长按识别二维码，关注“檫湾洗衣合作社”⟧
三、破损的衣架请单独装袋，由合作社统一送往再生资源回收站。
扫码登记送回衣架数量，每满二十只可兑换一次免费熨烫。
让一只衣架多转几圈，就是我们为檫湾做的一件小事。
檫湾洗衣合作社
2025年4月21日
""",
    ),
    dict(
        slug="docshare-zhuling-hanger-tender-request-no-title",
        site="共享文档网 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="text",
        source="https://www.gongxiangdoc.example.net/view/5512093.html",
        title="槠岭镇敬老院关于购置防滑衣架和晾衣设施的请示",
        record_title=None,
        date="2024-06-18",
        notes="no record title; title repeated above body; upload notice and page count; date in Chinese numerals under the signature; 版记 抄送 kept",
        page="""
!m 共享文档网 - 文档免费分享平台
!m 首页 > 公文写作 > 请示报告
{T}
!m 文档页数：2　浏览：213　下载：17　上传时间：2024-07-03
!a 下载文档（2积分）　收藏　举报
{T}
{BODY}
!d 该文档由网友“槠岭小周”上传，仅供学习交流，如涉及侵权请联系管理员删除。
!l 相关推荐：敬老院购置设备的请示范文 | 乡镇关于申请经费的请示
""",
        body="""
镇人民政府：
我院现有入住老人五十八名，其中半失能老人二十一名。院内晾衣场地狭小，老人使用的多为旧铁丝衣架，锈蚀弯折后易划伤手部，今年已发生两起轻微划伤。
为保障老人安全，我院拟购置圆头防滑衣架三百只、落地式晾衣架十二套，并在走廊增设升降晾衣杆六组，预计费用一万一千四百元。
妥否，请批示。
槠岭镇敬老院
二〇二四年六月十八日
抄送：镇民政办
""",
    ),
]
