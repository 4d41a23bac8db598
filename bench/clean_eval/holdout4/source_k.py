"""Held-back part 4, sources K: more junk, contact prompts and page markers in the older kinds of site.

Invented text; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="forum-xiangli-village-secretary-debrief-junk",
        site="乡里乡亲论坛 (invented)",
        style="论坛",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://bbs.xlxq.net/thread-40917-1-1.html",
        title="2025年度村党支部书记述职报告",
        record_title="【原创首发】2025年度村党支部书记述职报告",
        date="2025-12-28",
        notes="village-officials forum: heavy junk (two lines, five glued after 。), a signature with a writing-for-hire offer, reply list; the date only in the author line",
        page="""
!m 乡里乡亲论坛 › 村官交流 › 述职述廉
!m 【阅读 2207】【回复 19】
!t 【原创首发】2025年度村党支部书记述职报告
!m 作者：山里的守望者　　时间：2025-12-28 20:51
{BODY}
!m --- 签名 ---
!w 本人长期承接各类材料撰写，价格公道，有意私信
!l 19 条回复
!l 村官小刘：很实在，年底正需要
!l 老支书：第二条写得好
!a 游客请先登录后再回复
""",
        junk=dict(lines=2, glued=5),
        body="""
按照镇党委的统一安排，现将本人2025年度履行职责情况报告如下，请予评议。
一、抓班子带队伍，战斗堡垒作用进一步增强。严格落实“三会一课”和主题党日制度，全年召开支委会24次、党员大会8次。坚持“四议两公开”，村里修路、产业项目等重大事项全部经过党员和村民代表讨论决定。发展预备党员1名，培养入党积极分子2名。
二、抓产业促增收，村集体经济进一步壮大。带领村“两委”成员外出考察学习3次，引进油茶种植项目，新发展油茶基地500亩，村集体经营性收入达到21.5万元，比上年增加6.8万元。
三、抓治理办实事，群众满意度进一步提升。全年为群众办理民生实事16件，新修通组公路2.4公里，安装路灯60盏；调解各类矛盾纠纷19起，全村未发生一起越级上访事件。
四、存在的不足。一是自身学习不够系统；二是带领群众增收致富的办法还不够多；三是村级后备人才培养力度不够。新的一年，我将带领村“两委”班子，扬长补短，努力把各项工作做得更好。
""",
    ),
    dict(
        slug="blog-laoli-labour-cooperation-letter-junk",
        site="老黎的公文笔记 (invented blog)",
        style="博客",
        genre="函",
        kind="notice",
        form="text",
        source="https://laoli-biji.example-blog.cn/p/2025-01-21-han",
        title="关于商请协助做好返乡务工人员就业服务工作的函",
        record_title=None,
        date="2025-01-20",
        date_also=["2025-01-21"],
        notes="blog copy of a letter with junk glued after sentences and one junk line; the letter's own contact line stays, the blogger's mail-for-hire line is chrome; category/tags, prev/next with arrows, a message box",
        page="""
!m 老黎的公文笔记
!m 记录一个基层人社干部的写作日常
{T}
!m 2025年1月21日 · 公文实例 · 阅读 312
{BODY}
!w 写作合作：邮箱 laoli_biji@mailbox.example.cn
!l 分类：公文实例　标签：函　劳务协作
!l ← 春风行动方案怎么写　|　元宵节慰问信范文 →
!l 留言（2）
!l 访客：函的格式很规范，学习了。
!a 发表留言
""",
        junk=dict(lines=1, glued=3),
        body="""
鹭洲市人力资源和社会保障局：
春节临近，我县在贵市务工的人员将陆续返乡。据统计，我县常年在贵市务工人员约1.8万人，主要集中在电子制造、物流和餐饮服务等行业。为做好返乡务工人员春节后返岗和就业服务工作，特商请贵局给予以下支持：
一、协助提供贵市重点企业春节后用工需求信息，我局将通过县公共就业服务平台及时向返乡务工人员发布；
二、支持我县在贵市举办2025年春风行动专场招聘会，协调提供场地并组织企业参会；
三、对我县在贵市务工人员劳动权益受到侵害的，请协助依法及时处理。
我局将安排专人做好对接工作。感谢贵局长期以来对我县劳务协作工作的大力支持！
联系人：县人社局就业股　黎晓峰，电话：0739-6327751。
岑阳县人力资源和社会保障局
2025年1月20日
""",
    ),
    dict(
        slug="docshare-juwendang-evaluation-report-table-markers",
        site="聚文档 (invented)",
        style="文档分享",
        genre="通报",
        kind="notice",
        form="text",
        source="https://www.juwendang.com/d/20250716/61802.html",
        title="关于2025年上半年全县政务服务“好差评”情况的通报",
        record_title="关于2025年上半年全县政务服务好差评情况的通报.docx",
        date="2025-07-15",
        notes="document-sharing preview: a ratings table in the body, wrapped at 60 columns with '第n/5页' markers glued to the continuation line; a QQ writing/PPT service prompt before the body; download-coupon prompt after",
        page="""
!m 聚文档 — 文档在线分享
!m 贡献者：cy_zwfw　　页数：5　　下载：37次
!w 文档代写、PPT制作，请联系QQ：2209871163
!a 下载文档　加入文件夹
{T}
{BODY}
!a 免费预览结束，获取完整文档需2下载券
!l 大家还在看：政务服务好差评工作总结.doc | 窗口服务质量通报.pdf
!d 聚文档尊重知识产权，如文档侵犯了您的权益，请提交侵权投诉。
""",
        wrap=60,
        pages=dict(fmt="第{n}/5页", every=170, start=2, glue=True),
        body="""
各乡镇人民政府，县直各部门：
根据《岑阳县政务服务“好差评”制度实施办法》，县政务服务中心对2025年上半年全县政务服务“好差评”情况进行了统计分析。现将有关情况通报如下：
一、总体情况
上半年，全县政务服务事项共收到评价数据18.62万条，其中好评18.47万条，好评率为99.19%；差评153条，差评整改率100%。
二、各单位评价情况
单位　评价总数（条）　好评率（%）
县市场监管局　26418　99.62
县公安局　31207　99.41
县人社局　22953　99.27
县医保局　19876　98.85
三、存在的问题
从差评内容看，主要集中在窗口人员服务态度不够好、办事材料一次性告知不到位、个别事项办理时限较长等方面。
四、工作要求
各单位要高度重视“好差评”工作，对差评问题逐一核实、限期整改，并及时回访群众。县政务服务中心将每季度通报评价情况，并将结果纳入年度绩效考核。
岑阳县人民政府办公室
2025年7月15日
""",
    ),
    dict(
        slug="news-qifeng-new-year-traffic-notice",
        site="栖凤新闻网 (invented)",
        style="新闻门户",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.qifengnews.cn/qf/msfw/202512/t20251229_90417.html",
        title="关于2026年元旦期间城区部分路段实行交通管制的通告",
        record_date="2025-12-29",
        date="2025-12-29",
        notes="news portal reprinting a police notice: source line naming the issuer (also the signature), editor line, a news-tip hotline, app prompt, related news, a rights notice; blank lines between paragraphs",
        page="""
!m 栖凤新闻网
!m 首页 > 栖凤 > 民生服务
{T}
!m 2025-12-29 16:20　来源：栖凤市公安局
{BODY}
!m 编辑：邱欣
!w 新闻线索报料：0739-8866110（24小时）
!a 扫码下载“栖凤新闻”客户端
!l 相关新闻
!l 元旦假期栖凤天气晴好　适宜出行
!l 跨年夜这些公交线路延时运营
!d 栖凤新闻网所刊载内容之知识产权为栖凤日报社所有，未经书面授权不得转载。
""",
        gap=True,
        indent="\u3000\u3000",
        body="""
为保障2026年元旦跨年活动安全顺利进行，根据《中华人民共和国道路交通安全法》有关规定，市公安局决定对城区部分路段实行临时交通管制。现将有关事项通告如下：
一、管制时间：2025年12月31日20时至2026年1月1日2时。
二、管制路段：凤凰大道（人民路口至滨江路口）、滨江路（凤凰大道口至文化路口）禁止机动车通行。
三、管制期间，除执行任务的警车、消防车、救护车和持有专用通行证的车辆外，其他机动车一律绕行。请过往车辆提前规划出行线路，服从现场民警指挥。
四、市民观看跨年活动时，请乘坐公共交通工具前往，自觉遵守现场秩序，不要在桥梁、台阶等处拥挤停留。
特此通告。
栖凤市公安局
2025年12月29日
""",
    ),
    dict(
        slug="fanwen-jinshu-new-year-address-html-junk",
        site="锦书范文网 (invented)",
        style="范文站",
        genre="致辞",
        kind="speech",
        form="html",
        source="https://www.jinshufw.com/zhici/xinnian/20260105/3381.html",
        title="在2026年新春团拜会上的致辞",
        record_title="在2026年新春团拜会上的致辞（精选）",
        date=None,
        notes="范文 page with jammer junk in the HTML (a line and glued after 。), a WeChat writing-service prompt with a remark to add, login-to-download; no date",
        page="""
<html><head><meta charset="utf-8"><title>在2026年新春团拜会上的致辞（精选）-锦书范文网</title></head><body>
<div class="logo">⟦m 锦书范文网⟧ <span>⟦m jinshufw.com⟧</span></div>
<div class="crumb">⟦m 首页 » 致辞 » 新年致辞⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 来源：网友投稿　　字数：约600字⟧</div>
<div class="content">
{BODY}
</div>
<div class="dl"><a>⟦a 下载全文（需登录）⟧</a></div>
<div class="wx">⟦w 材料定制：加微信 jinshu_xz 备注“致辞”⟧</div>
<div class="rel"><h4>⟦l 相关范文⟧</h4><p>⟦l 春节团拜会主持词⟧</p><p>⟦l 新春座谈会讲话稿⟧</p></div>
<div class="ft">⟦d 声明：本站文章仅供学习交流使用。⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=3),
        body="""
各位领导、各位来宾，同志们、朋友们：
爆竹声声辞旧岁，万象更新迎新春。在这辞旧迎新的美好时刻，我们欢聚一堂，共迎新春佳节。在此，我谨代表县委、县人大常委会、县政府、县政协，向大家致以新春的美好祝福！
过去的一年，是极不平凡的一年。全县上下团结一心、拼搏实干，经济社会发展取得了新成绩：地区生产总值增长6.2%，一批重大项目落地建设，城乡面貌持续改善，群众获得感、幸福感不断增强。这些成绩的取得，离不开全县广大干部群众的辛勤付出，离不开社会各界朋友的关心支持。
新的一年，我们将坚持以人民为中心，聚焦高质量发展，扎实办好民生实事，努力让全县人民的日子越过越红火。
最后，祝大家新春愉快、身体健康、阖家幸福、万事如意！
""",
    ),
    dict(
        slug="wenku-huidu-rural-ecommerce-research-oneline",
        site="慧读文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.huiduwk.com/read/7730519.html",
        title="关于澄川县农村电商发展情况的调研报告",
        record_title=None,
        date=None,
        notes="one-line 文库 text with '— Pn —' markers glued inside sentences; rating/reads/pages line; membership prompt and an online-service writing prompt; no date",
        page="""
!m 慧读文库
!m 首页 / 调研报告 / 农村农业
{T}
!m 4.8分 · 1,092人已读 · 共4页
{BODY}
!a 阅读已结束，开通会员畅读全部文档
!w 原创材料定制，请咨询在线客服（9:00-22:00）
!l 相关文档推荐
!l 农村电商调研报告（5篇）
!l 县域电商发展情况汇报
!d 文档内容为用户上传，仅供参考，不代表本站观点。
""",
        oneline=True,
        indent="\u3000\u3000",
        pages=dict(fmt="— P{n} —", every=200, start=2, glue=True),
        body="""
为全面掌握全县农村电商发展情况，今年4月，县商务局组成调研组，深入8个乡镇、20个村和15家电商企业开展了专题调研。现将有关情况报告如下。
一、发展现状。全县现有各类网店、直播账号1.2万个，2024年实现农村网络零售额18.6亿元，同比增长21%。“澄川毛尖”、澄川脐橙等特色农产品通过网络销往全国各地，农产品网络零售额达到7.3亿元。
二、存在问题。一是物流成本偏高，偏远村快递配送时效慢，每单物流成本比县城高出1.5元左右；二是品牌化程度不高，多数网店销售的是初级农产品，产品附加值低；三是专业人才缺乏，懂运营、会直播的人才严重不足。
三、对策建议。一是完善县乡村三级物流体系，推动快递进村全覆盖；二是加强区域公用品牌建设，推进农产品标准化、品牌化；三是加大电商人才培训力度，培育一批本土电商带头人。
""",
    ),
]
