"""holdout160, part F: washboards (搓衣板): a wooden-washboard workshop, its village, buyers and
collectors. Invented sites, counties (篁溪, 箴阳, 笈山 …), people, URLs and chrome wording."""

CASES = [
    dict(
        slug="blog-washboard-carpenter-wrapped",
        site="笈山木匠手记 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://jishan-mujiang.example.blog/post/washboard-ridges",
        title="一块搓衣板要刨出多少道棱",
        record_title="一块搓衣板要刨出多少道棱 – 笈山木匠手记",
        date="2025-05-09",
        wrap=60,
        notes="blog text hard-wrapped at 60 columns; a bracketed post time as the date; tags and archive under the body",
        page="""
!m 笈山木匠手记 —— 刨花里的日子
{T}
!m [2025-05-09 22:14]　分类：木活
{BODY}
!l 标签：搓衣板 / 老手艺 / 笈山
!l 归档：2025年5月（3）　2025年4月（6）
!l 评论（2）｜ 引用 ｜ 收藏
""",
        body="""
常有人问我，一块搓衣板要刨出多少道棱。我说，看木头，也看用的人。
做搓衣板最好用老松木，木纹直，吃水以后不容易裂。板子刨平以后，用特制的槽刨一道一道推，棱与棱之间一指宽，一块板子一般二十八道。
给年轻人用的可以浅一点，给老人家洗被单用的就要深一点，搓起来才得劲。
现在买搓衣板的人少了，可每年开春还是有几个老主顾来订，我也就一直做下去。
""",
    ),
    dict(
        slug="docshare-washboard-heritage-application-html",
        site="共享文档库 (invented)",
        style="文档分享",
        genre="申报书",
        kind="report",
        form="html",
        source="https://www.gxwdk.example.com/read/33109812.html",
        title="篁溪木搓衣板制作技艺县级非遗项目申报书（摘要）",
        record_title="篁溪木搓衣板制作技艺县级非遗项目申报书（摘要）.pdf",
        date="2025-02-20",
        notes="sharing reader with a file-name title; an upload notice and a download button; the reader's page counter",
        page="""
<html><head><meta charset="utf-8"><title>篁溪木搓衣板制作技艺县级非遗项目申报书（摘要）.pdf - 共享文档库</title></head><body>
<div class="hd">⟦m 共享文档库⟧ ⟦a 搜索文档⟧ ⟦a 我的文档⟧</div>
<h1>⟦t 篁溪木搓衣板制作技艺县级非遗项目申报书（摘要）.pdf⟧</h1>
<div class="meta">⟦m 上传时间：2025-03-02　页数：2　下载：37⟧</div>
<div class="viewer">
{BODY}
</div>
<div class="pager">⟦m 第 1 / 2 页⟧</div>
<div class="dl">⟦a 立即下载（免费）⟧ ⟦a 收藏⟧</div>
<div class="notice">⟦d 文档由用户自行上传，共享文档库不对其真实性负责⟧</div>
</body></html>
""",
        body="""
项目名称：篁溪木搓衣板制作技艺
申报单位：篁溪县文化馆
一、项目简介
篁溪木搓衣板制作技艺流传于篁溪县梅子坑村，已有一百余年历史，选材、开料、刨槽、打磨等工序全凭手工完成。
二、传承谱系
第一代　陈福堂　约1880年生
第二代　陈永年　1912年生
第三代　陈家明　1951年生
三、保护计划
建立传习所，每年招收学徒不少于三人，并整理出版技艺图册。
篁溪县文化馆
2025年2月20日
""",
    ),
    dict(
        slug="oa-washboard-factory-safety-report",
        site="梅坑木器厂办公系统 (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="text",
        source="http://192.168.10.8/oa/doc/detail?id=1204",
        title="关于木工车间粉尘治理情况的报告",
        record_title="内网公文-关于木工车间粉尘治理情况的报告",
        date="2025-07-22",
        notes="intranet text export: user line, approval trail after the body, read count; an OA help extension beside the report's own contact",
        page="""
!m 梅坑木器厂办公系统　｜　欢迎您，安全科 邓可
!m 公文管理 ＞ 收文 ＞ 详情
!t 关于木工车间粉尘治理情况的报告
!m 来文单位：安全环保科　阅读次数：19
{BODY}
!l 审批记录：厂办 已阅 2025-07-22　厂长 同意 2025-07-23
!a 打印　下载正文　返回列表
!m 系统使用问题请拨内线 8008
""",
        body="""
厂部：
根据环保部门要求，我科对木工车间粉尘治理情况进行了全面检查，现将有关情况报告如下：
一、车间六台刨槽机已全部加装集尘罩，布袋除尘器运行正常，粉尘浓度检测值低于限值。
二、搓衣板打磨工位原有的开放式砂光机已更换为带吸尘的砂光机。
三、存在的问题是木屑仓清运不够及时，下一步将改为每日清运。
联系人：安全环保科　邓可　分机：8021
安全环保科
2025年7月22日
""",
    ),
    dict(
        slug="dangjian-washboard-village-branch-lecture",
        site="箴阳党建网 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="http://www.zydj.example.gov.cn/dkjt/2025/0701/1188.html",
        title="从一块搓衣板说起——在梅子坑村党支部“七一”党课上的讲稿",
        record_title="党课讲堂｜从一块搓衣板说起——在梅子坑村党支部“七一”党课上的讲稿",
        date="2025-06-30",
        notes="Party lecture: speaker line and a date under the title (neutral); 发布时间 differs from the lecture date; a study-points badge glued after a sentence",
        page="""
!m 箴阳党建网　中共箴阳县委组织部
!m 首页 ＞ 党课讲堂
!t 党课讲堂｜从一块搓衣板说起——在梅子坑村党支部“七一”党课上的讲稿
!m 发布时间：2025-07-01　浏览：602
村党支部书记　陈立群
（2025年6月30日）
{BODY}
!l 上一篇：新时代农村党员先锋岗工作法
!l 下一篇：党员冬训学习心得选登
!m 中共箴阳县委组织部主办
""",
        body="""
同志们：
今天的党课，我想从一块搓衣板说起。
二十年前，我们村家家户户做搓衣板，做得多卖得少，价钱被压得很低。
后来村党支部牵头办合作社，统一选料、统一品牌、统一销售，搓衣板卖到了全国十几个省。⟦a 学习打卡 +1 积分⟧
这件事告诉我们，只要党支部把群众组织起来，小产品也能做出大文章。
希望每一位党员都做群众的主心骨，把合作社办得更好。
""",
    ),
    dict(
        slug="county-forum-washboard-old-shop-html",
        site="篁溪论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="http://www.huangxi-bbs.example.com/t/55320.html",
        title="老街那家做搓衣板的铺子还在吗",
        record_title="老街那家做搓衣板的铺子还在吗 - 篁溪杂谈 - 篁溪论坛",
        date="2025-09-14",
        notes="county forum HTML page (no jammer): 发表于 the date; sticky ad, user card and reply box",
        page="""
<html><head><meta charset="utf-8"><title>老街那家做搓衣板的铺子还在吗 - 篁溪杂谈 - 篁溪论坛</title></head><body>
<div class="hd">⟦m 篁溪论坛 · 篁溪人自己的网上家园⟧ ⟦a 登录 | 注册⟧</div>
<div class="ad">⟦a 【置顶广告】篁溪家装节，全屋定制限时优惠⟧</div>
<div class="crumb">⟦m 篁溪论坛 » 篁溪杂谈⟧</div>
<h1>⟦t 老街那家做搓衣板的铺子还在吗⟧</h1>
<div class="user">⟦m 楼主：游子在外　帖子 34　发表于 2025-9-14 20:05⟧</div>
{BODY}
<div class="reply">⟦l 发表回复　还可输入 1000 字⟧</div>
<div class="ft">⟦m 篁溪论坛　客服电话：0797-5130088⟧</div>
</body></html>
""",
        body="""
在外地工作十几年了，前几天跟老婆说起小时候家里那块搓衣板，就是老街陈师傅铺子里买的。
想问问还在篁溪的朋友，那家铺子还开着吗？
如果还在，想托人带两块，一块自己用，一块送给丈母娘。
先谢谢大家了！
""",
    ),
    dict(
        slug="tender-school-laundry-supplies-inquiry",
        site="箴阳县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.zyccgp.example.gov.cn/cggg/xjgg/202504/t20250415_221.html",
        title="箴阳县特殊教育学校生活用品采购项目询价公告",
        record_title="箴阳县特殊教育学校生活用品采购项目询价公告-箴阳县政府采购网",
        date="2025-04-15",
        notes="tender text page: CA and platform lines beside the purchaser's own contact; lot table; 下载 of documents as content",
        page="""
!m 箴阳县政府采购网
!m 首页 > 采购公告 > 询价公告
{T}
!m 发布时间：2025-04-15 09:30　浏览次数：88
{BODY}
!m 平台运维电话：0797-5512366　CA办理：400-012-8899
!m 主办单位：箴阳县财政局
""",
        body="""
项目编号：ZYCG-2025-XJ017
一、采购内容
序号　品名　数量
1　木质搓衣板　60块
2　塑料洗衣盆　60个
3　晾衣夹　600只
二、报价截止时间：2025年4月22日10时。
三、供应商可在本网站下载询价文件。
四、联系方式：箴阳县特殊教育学校　联系人：钟洁　电话：0797-5520147
""",
    ),
    dict(
        slug="assoc-washboard-collectors-minutes-html",
        site="笈山市民俗器物收藏协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.jsmsqw.example.org/xhdt/2025/1026/66.html",
        title="笈山市民俗器物收藏协会二届五次理事会会议纪要",
        record_title="【协会动态】笈山市民俗器物收藏协会二届五次理事会会议纪要_笈山市民俗器物收藏协会",
        date="2025-10-26",
        notes="association page with member login; minutes' 时间/地点/主持/出席/记录 lines and a vote count kept",
        page="""
<html><head><meta charset="utf-8"><title>【协会动态】笈山市民俗器物收藏协会二届五次理事会会议纪要_笈山市民俗器物收藏协会</title></head><body>
<div class="top">⟦a 会员登录⟧ ⟦a 入会申请⟧ ⟦m 笈山市民俗器物收藏协会⟧</div>
<div class="nav">⟦m 协会简介　协会动态　藏品欣赏　会员风采　联系我们⟧</div>
<h2>⟦t 笈山市民俗器物收藏协会二届五次理事会会议纪要⟧</h2>
<div class="info">⟦m 发布：协会秘书处　日期：2025-10-26⟧</div>
{BODY}
<div class="side">⟦l 藏品欣赏：清代木雕花板　民国铜手炉⟧</div>
<div class="ft">⟦d ©笈山市民俗器物收藏协会　保留所有权利⟧</div>
</body></html>
""",
        body="""
时间：2025年10月25日上午9时
地点：市群众艺术馆二楼会议室
主持：会长 蒋德胜
出席：理事十七人
记录：秘书长 韦兰
会议审议通过了《关于举办“洗衣旧物”民俗器物展的方案》，同意展出会员收藏的搓衣板、棒槌、木盆等旧物一百二十件。
表决结果：同意17票，反对0票，弃权0票。
会议决定展览于12月在市群众艺术馆举办，由秘书处负责布展。
""",
    ),
    dict(
        slug="fanwen-app-washboard-coop-summary-html",
        site="公文速写APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://m.gwsx.example.com/share/art/90312",
        title="梅子坑木器专业合作社2024年工作总结",
        record_title="梅子坑木器专业合作社2024年工作总结（可编辑）｜公文速写",
        date="2025-01-06",
        notes="writing-app web view: open-app banner, AI-continue button, member prompt between paragraphs; date under the signature",
        page="""
<html><head><meta name="viewport" content="width=device-width"><meta charset="utf-8"><title>梅子坑木器专业合作社2024年工作总结（可编辑）｜公文速写</title></head><body>
<div class="banner">⟦a 打开公文速写APP，一键生成同类范文⟧</div>
<h1>⟦t 梅子坑木器专业合作社2024年工作总结⟧</h1>
<div class="m">⟦m 3.6千人阅读　收藏 88⟧</div>
{BODY}
<div class="ai">⟦a AI续写　AI改写　一键排版⟧</div>
<div class="rec">⟦l 为你推荐：村集体经济合作社年度工作总结⟧</div>
</body></html>
""",
        body="""
2024年，合作社在镇党委、政府的关心支持下，全年生产木搓衣板、木盆等木器四万二千件，销售收入三百一十万元。
一、拓宽销路。开设网店两家，线上销量占到总销量的四成。
⟦a 开通会员，解锁全部范文⟧
二、带动就业。吸纳本村及周边农户七十二人务工，人均增收一万八千元。
三、存在不足。产品款式单一，设计能力不足。
2025年，合作社将开发挂壁式、迷你款搓衣板等新产品。
梅子坑木器专业合作社
2025年1月6日
""",
    ),
    dict(
        slug="netdisk-washboard-folk-museum-plan-html",
        site="秒传云盘 (invented)",
        style="网盘分享",
        genre="工作方案",
        kind="plan",
        form="html",
        source="https://www.miaochuan-pan.example.com/s/8Kd2pQ",
        title="“洗衣旧物”民俗器物展布展方案",
        record_title=None,
        date="2025-11-03",
        notes="cloud-drive preview without a record title: the file name shown (docx) and the title in the preview's h3; share stamp is no date; save/download buttons",
        page="""
<html><head><meta charset="utf-8"><title>秒传云盘 - 分享文件</title></head><body>
<div class="hd">⟦m 秒传云盘⟧ ⟦a 登录⟧ ⟦a 客户端下载⟧</div>
<div class="file">⟦m 洗衣旧物布展方案v3.docx　32KB　分享于 2025-11-05⟧</div>
<div class="btns">⟦a 保存到网盘⟧ ⟦a 下载⟧ ⟦a 举报⟧</div>
<div class="preview">
<h3>“洗衣旧物”民俗器物展布展方案</h3>
{BODY}
</div>
<div class="ft">⟦d 秒传云盘严禁分享侵权、违法内容⟧</div>
</body></html>
""",
        body="""
一、展览主题：洗衣旧物——一块搓衣板里的家常岁月
二、展区划分
展区　展品
第一展区　搓衣板、棒槌、皂角
第二展区　木盆、铜盆、竹晾衣竿
第三展区　老照片与口述影像
三、布展分工：秘书处负责展品征集登记，理事蒋为民负责展板设计。
四、观众可扫描展板二维码收听藏家讲述。
笈山市民俗器物收藏协会秘书处
2025年11月3日
""",
    ),
    dict(
        slug="mail-forward-washboard-export-label-html",
        site="外贸通企业邮箱 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.waimaotong.example.com/read.htm?mid=ZC998120",
        title="关于出口木制搓衣板熏蒸标识有关事项的函",
        record_title="Fwd: 关于出口木制搓衣板熏蒸标识有关事项的函",
        date="2025-08-12",
        date_also=["2025-08-13"],
        notes="webmail reading view: header table, forwarder's note, attachment bar beside the letter's own 附件 line; send date differs from the letter's date",
        page="""
<html><head><meta charset="utf-8"><title>Fwd: 关于出口木制搓衣板熏蒸标识有关事项的函</title></head><body>
<div class="tb">⟦a 返回　回复　转发　删除　标记为⟧</div>
<table class="mh">
<tr><td>⟦m 发件人：梅坑木器厂外贸部 &lt;trade@meikeng.example.com&gt;⟧</td></tr>
<tr><td>⟦m 发送时间：2025年8月13日 15:47⟧</td></tr>
<tr><td>⟦m 收件人：陈厂长；财务部⟧</td></tr>
<tr><td>⟦m 主题：Fwd: 关于出口木制搓衣板熏蒸标识有关事项的函⟧</td></tr>
</table>
<div class="note">⟦w 陈厂长：海关来函请阅，下周一前需回复。外贸部 小梁⟧</div>
<div class="fw">⟦m -------- 原始邮件 --------⟧</div>
<h3>⟦t 关于出口木制搓衣板熏蒸标识有关事项的函⟧</h3>
{BODY}
<div class="att">⟦l 附件 1 个：熏蒸处理证明样式.pdf (112KB) 预览 下载⟧</div>
<div class="ft">⟦m 外贸通企业邮箱 · 安全 稳定 高效⟧</div>
</body></html>
""",
        body="""
梅坑木器厂：
你厂申报出口的木制搓衣板属于实木制品，按照进口国要求，须经熏蒸或热处理并加施相应标识。
请你厂在下批货物报检时提供熏蒸处理证明，并在外包装显著位置加施IPPC标识。
如有疑问，请与我办检务科联系，电话：0797-5601233。
附件：熏蒸处理证明样式
箴阳海关驻篁溪办事处
2025年8月12日
""",
    ),
]
