"""holdout60, part F: print views, forwarded mails, a one-line 范文 page, wrapped texts, and
more writing-app, WeChat, Q&A, intranet and news pages. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="print-text-zaotai-jujube-festival-plan",
        site="枣台县人民政府 打印页 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.zaotai.example.gov.cn/print.jsp?id=6790",
        title="第五届枣台红枣丰收节活动方案",
        record_title="第五届枣台红枣丰收节活动方案",
        date="2025-08-30",
        notes="text print view: print/close labels, page URL, print time (not a date), page count footer; signature date in Chinese numerals",
        page="""
!a 打印　|　关闭
!m 枣台县人民政府网 www.zaotai.example.gov.cn
{T}
{BODY}
!m 原文链接：http://www.zaotai.example.gov.cn/zwgk/2025/0830/6790.html
!m 打印日期：2025年9月2日　第1页/共1页
""",
        body="""
为展示枣台红枣产业发展成果，促进农文旅融合，决定举办第五届枣台红枣丰收节。
一、活动时间：2025年10月10日至10月12日。
二、活动地点：城关镇千亩枣园。
三、主要活动：开幕式、红枣产品展销、枣园采摘体验、枣乡美食评选、农民丰收歌会。
四、工作要求：各乡镇和有关部门要密切配合，做好安保、交通和食品安全工作。
枣台县人民政府办公室
二〇二五年八月三十日
""",
    ),
    dict(
        slug="mail-html-webmail-reply-chain-water-fee",
        site="鲫塘政务邮 Webmail (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.jitang.example.gov.cn/read?mid=20250910-3381",
        title="关于商请协助开展农村水费收缴情况调查的函",
        record_title="回复: 关于商请协助开展农村水费收缴情况调查的函",
        date="2025-09-09",
        notes="webmail reader HTML with reply chain: headers, reply text chrome, quoted letter is the body; the letter's own 联系人 kept; signature date",
        page="""
<html><head><meta charset="utf-8"><title>回复: 关于商请协助开展农村水费收缴情况调查的函 - 鲫塘政务邮</title></head><body>
<div class="toolbar">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="hdr"><p>⟦m 主题：回复: 关于商请协助开展农村水费收缴情况调查的函⟧</p>
<p>⟦m 发件人：县统计局 綦然&lt;qiran@jtstats.example.gov.cn&gt;⟧</p><p>⟦m 时间：2025年9月10日 14:22⟧</p></div>
<div class="reply">⟦w 收到，我局将于9月20日前反馈。如有问题请联系我，分机8021。⟧</div>
<div class="quote"><p>⟦m ------------------ 原始邮件 ------------------⟧</p><p>⟦m 发件人："县水利局" &lt;slj@jitang.example.gov.cn&gt;⟧</p>
<h4>⟦t 关于商请协助开展农村水费收缴情况调查的函⟧</h4>
{BODY}
</div>
<div class="sig">⟦d 鲫塘政务邮：请勿通过本邮箱传输涉密信息⟧</div>
</body></html>
""",
        body="""
县统计局：
为摸清全县农村集中供水工程水费收缴情况，我局拟开展一次专项调查，恳请贵局在抽样设计和数据审核方面给予协助。
调查范围为全县一百二十个行政村，调查时间为9月下旬至10月中旬。
联系人：县水利局农水股 单雅宁　电话：0717-6102268
鲫塘县水利局
2025年9月9日
""",
    ),
    dict(
        slug="fanwen-oneline-glasses-shop-summary",
        site="范文乐园 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.fanwenleyuan.example.com/zongjie/66071.html",
        title="眼镜店店长年终工作总结",
        record_title="眼镜店店长年终工作总结【通用】",
        date=None,
        notes="one-line body (paragraphs only apart by their indent); decorated 【通用】; title repeated; site nav and copy-lock prompt; no date",
        oneline=True,
        indent="　　",
        page="""
!m 范文乐园 >> 工作总结 >> 年终总结
!t 眼镜店店长年终工作总结【通用】
!a 复制本文请先登录，登录后可免费复制三篇
{BODY}
!l 猜你喜欢：门店店长述职报告　销售主管工作总结
!d 声明：本站范文来自投稿，仅供写作参考
""",
        body="""
时光飞逝，转眼一年又过去了，回顾这一年，我带领门店团队较好地完成了公司下达的各项任务。
全年门店销售额一百八十六万元，完成年度目标的百分之一百零七，会员人数新增九百余人。
在服务上，我们坚持每位顾客验光不少于十五分钟，配镜后七天内电话回访。
不足之处是青少年近视防控产品推广力度不够，明年要加强与学校的合作。
""",
    ),
    dict(
        slug="wenku-wrapped-pages-drinking-water-report",
        site="知识岛文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.zhishidao.example.com/d/4410982.html",
        title="关于涓水县农村饮水安全巩固提升情况的调研报告",
        record_title="关于涓水县农村饮水安全巩固提升情况的调研报告.pdf",
        date="2025-05-30",
        notes="PDF text wrapped at 70 columns and cut by ‹N› page markers (mixed glue); file-name title; preview-end prompt; signature date",
        wrap=70,
        indent="　　",
        pages=dict(fmt="‹{n}›", every=150, start=2, glue="mix"),
        page="""
!m 知识岛文库 · 专业文档分享平台
!t 关于涓水县农村饮水安全巩固提升情况的调研报告.pdf
!m 页数 5　｜　字数 3.2千　｜　下载 77
{BODY}
!a 试看结束，开通会员后可阅读剩余3页
!l 你可能还需要：农村饮水工程运行管理调研　水利工作汇报材料
""",
        body="""
根据县政协年度协商计划，调研组于4月至5月对全县农村饮水安全巩固提升情况进行了专题调研。
全县现有农村集中供水工程一百零六处，农村自来水普及率达到百分之九十五，规模化供水工程覆盖人口比例达到百分之七十二。
存在的主要问题：一是部分小型工程水源保障不足，旱季需要拉水补充；二是专业管护人员缺乏，不少村管水员年龄偏大。
调研组建议，加快城乡供水一体化，推行县级统管，将小型工程逐步并入规模化管网。
县政协农业和农村委员会调研组
2025年5月30日
""",
    ),
    dict(
        slug="gov-wrapped-jitang-pond-rules",
        site="鲫塘县人民政府网 (invented)",
        style="政府门户",
        genre="办法",
        kind="rules",
        form="text",
        source="http://www.jitang.example.gov.cn/zcfg/2025/0225/4412.html",
        title="鲫塘县养殖池塘尾水治理实施办法",
        record_title=None,
        date="2025-02-25",
        notes="policy page text hard-wrapped at 60 columns; title missing from the record (page title); 文号 neutral; a 'related policy interpretation' box between articles; signature date",
        wrap=60,
        page="""
!m 鲫塘县人民政府网　政策文件
!m 您的位置：首页 > 政务公开 > 政策文件
{T}
鲫政发〔2025〕3号
{BODY}
!l 相关解读：《鲫塘县养殖池塘尾水治理实施办法》政策解读　图解
!a 【收藏】【打印】【纠错】
""",
        body="""
第一条　为改善水环境质量，推动水产养殖绿色发展，制定本办法。
第二条　养殖面积五十亩以上的池塘养殖主体，应当建设尾水处理设施，采用生态沟渠、沉淀池、曝气池和净化塘相结合的方式处理尾水。
⟦l 【相关阅读】全县启动水产养殖尾水治理三年行动⟧
第三条　县财政对按期建成尾水处理设施并验收合格的，按每亩二百元给予补助。
第四条　本办法自2025年3月1日起施行。
鲫塘县人民政府
2025年2月25日
""",
    ),
    dict(
        slug="news-text-yuanyuan-parachute-accident-drill",
        site="鸢原新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.yyxww.example.cn/bendi/2025-06/13/content_90215.htm",
        title="翔坪机场举行跳伞事故应急救援演练",
        date="2025-06-13",
        notes="news text: title, source/time line is the date, comment count and share bar, a hot list in the middle glued after a 。, editor line",
        page="""
!m 鸢原新闻网 > 本地 > 社会
{T}
!m 2025年06月13日 16:20　来源：鸢原新闻网　评论 3
!a 分享到 微信 微博 ｜ A+ A-
{BODY}
!m 【责任编辑：谭思源】
!l 网友评论　还可以输入 500 字　发表
""",
        body="""
6月13日上午，鸢原县应急管理局联合翔坪航空运动营地，在翔坪机场举行跳伞事故应急救援演练。
演练模拟一名跳伞体验者着陆时偏离场地，挂在机场外围树上受伤。⟦l 热点推荐：鸢原高考期间交通管制公告｜夏季防溺水提醒⟧
接到报警后，营地救援组、县消防救援大队和县医院急救中心迅速出动，二十分钟内将伤员安全救下并送医。
县应急管理局负责人说，通过演练检验了多部门协同处置能力。
""",
    ),
    dict(
        slug="wechat-text-water-station-guard-letter",
        site="泓溪水利 公众号镜像 (invented)",
        style="公众号镜像",
        genre="慰问信",
        kind="letter",
        form="text",
        source="https://wxread.example.net/a/hongxishuili/20250125",
        title="致全县农村供水管水员的慰问信",
        record_title="致全县农村供水管水员的慰问信",
        date="2025-01-25",
        notes="WeChat mirror text; account and date header; 'click blue text' prompt; read/like bar; signature date in Chinese numerals; a sentence of the letter mentions 关注 and 分享",
        page="""
!m 泓溪水利　　2025-01-26
!a ↑↑↑ 点击蓝字关注我们
{T}
{BODY}
!l 阅读原文　　阅读 966　　赞 51　　在看 8
!l 精选留言：上渡村管水员老周：谢谢局里惦记！
""",
        body="""
全县农村供水管水员同志们：
新春佳节即将来临，县水利局向坚守在全县一百余座供水站的管水员同志们致以诚挚的问候！
一年来，你们巡管网、查水表、护水源，寒冬抢修冻裂管道，酷暑守护水泵，保障了群众喝上放心水。
请大家继续关注身边的供水安全，把好的经验分享给其他村的同行。
祝大家新春愉快，阖家幸福！
泓溪县水利局
二〇二五年一月二十五日
""",
    ),
    dict(
        slug="qa-text-jujube-crack-rain-answer",
        site="农事问答网 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="http://www.nongshiwenda.example.com/q/56119.html",
        title="红枣成熟期遇到连阴雨裂果怎么办",
        record_title="红枣成熟期遇到连阴雨裂果怎么办？_农事问答网",
        title_also=["红枣成熟期遇到连阴雨裂果怎么办？"],
        date=None,
        notes="Q&A text; decorated record title; expert badge and thanks bar; the answer itself is signed by its expert (kept); no date",
        page="""
!m 农事问答网 ｜ 种植 ｜ 果树
!t 红枣成熟期遇到连阴雨裂果怎么办？
!m 专家回答　｜　回答时间：1年前
{BODY}
!l 感谢(87)　｜　追问　｜　举报
!w 种植难题找专家，拨打农技咨询热线 12316
""",
        body="""
连阴雨裂果主要是枣果吸水过多、果皮承受不了引起的，要从防和救两方面入手。
防的方面，成熟前一个月喷两到三次钙肥，增加果皮韧性；有条件的枣园可以搭建避雨棚。
救的方面，雨停后要及时采收已经着色的枣果，尽快烘干，不要等完全红透。
已经裂开的枣要单独挑出来处理，避免霉变后传染好果。
回答专家：棘原县林果站 高级农艺师 聂万山
""",
    ),
    dict(
        slug="mail-text-newsletter-goldfish-show",
        site="鲫塘观赏鱼协会 会员通讯 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://jtgsy-newsletter/2025-08/issue-31",
        title="关于举办2025年鲫塘金鱼品评大赛的通知",
        record_title="【会员通讯第31期】关于举办2025年鲫塘金鱼品评大赛的通知",
        date="2025-08-15",
        notes="mailed newsletter: issue header, unsubscribe footer, a 'view in browser' line; decorated record title; 报名表 table kept; 附件 kept",
        page="""
!a 邮件显示不正常？点此在浏览器中查看
!m 鲫塘县观赏鱼协会 · 会员通讯 第31期 · 2025年8月
!t 【会员通讯第31期】关于举办2025年鲫塘金鱼品评大赛的通知
{BODY}
!d 您收到此邮件是因为您是协会会员。如不想再收到，请点击退订。
!m 协会秘书处邮箱：mishuchu@jtgsy.example.org.cn
""",
        body="""
各会员单位、养殖户：
为促进金鱼品种选育，协会定于9月20日在鲫塘湖滨广场举办2025年金鱼品评大赛。
参赛组别　参赛鱼龄　每户限报
狮头组　一龄以上　3尾
兰寿组　一龄以上　3尾
珍珠鳞组　不限　2尾
报名截止日期为9月10日，报名费全免。
附件：参赛报名表
鲫塘县观赏鱼协会
2025年8月15日
""",
    ),
    dict(
        slug="print-text-eye-hospital-rules",
        site="琉川县人民医院 打印页 (invented)",
        style="打印页",
        genre="制度",
        kind="rules",
        form="text",
        source="https://www.lcrmyy.example.com/print/zhidu/355",
        title="眼科门诊散瞳检查管理制度",
        record_title="眼科门诊散瞳检查管理制度",
        date=None,
        notes="print view text of a hospital rule: print header, URL, print time; numbered items; no date",
        page="""
!m 琉川县人民医院 — 打印版
!a 〔打印〕〔返回〕
{T}
{BODY}
!m 网址：https://www.lcrmyy.example.com/zhidu/355.html
!m 本页打印于 2025-10-30 16:48
""",
        body="""
1.散瞳检查前，医生应询问患者有无青光眼病史，测量眼压，排除禁忌症。
2.散瞳药物由护士按医嘱滴用，并登记药物名称、滴药时间和次数。
3.散瞳后应告知患者可能出现畏光、视近模糊等反应，当天不宜驾车。
4.儿童散瞳须有监护人陪同，离院前由护士再次交代注意事项。
""",
    ),
    dict(
        slug="oa-text-jinlin-coop-finance-rules-placeholder",
        site="锦鳞合作社内部管理系统 (invented)",
        style="企业内网",
        genre="制度",
        kind="rules",
        form="text",
        source="http://192.168.10.8/coop/doc/detail?id=117",
        title="合作社财务报销管理规定",
        record_title="合作社财务报销管理规定（试行）",
        title_also=["合作社财务报销管理规定（试行）"],
        date="2025-01-03",
        notes="intranet text with system bar, read receipts, attachments bar; template placeholders kept (____元); decorated （试行）accepted too; date of issue at end",
        page="""
!m 锦鳞合作社内部管理系统　|　制度文件　|　当前用户：出纳 祁小满
!a 返回列表　下载附件　打印
{T}
{BODY}
!m 本文已读：14人　最后修改：2025-01-05 09:10
""",
        body="""
第一条　为规范合作社财务管理，节约开支，制定本规定。
第二条　单笔报销金额在____元以下的，由财务负责人审批；超过的，由理事长审批。
第三条　报销须附合法有效票据，填写报销单，经手人、证明人签字。
第四条　出差补助标准按县直机关标准执行。
第五条　本规定自发布之日起试行。
鲫塘县锦鳞金鱼养殖专业合作社
2025年1月3日
""",
    ),
    dict(
        slug="app-text-xuexiebao-insight-water-cadre",
        site="学写宝APP (invented)",
        style="范文APP",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://app.xuexiebao.example.com/s/insight/20251103ab",
        title="驻村帮扶解决饮水难题的心得体会",
        record_title="驻村帮扶解决饮水难题的心得体会（优秀范文）",
        date=None,
        notes="writing-app text share: top open-app bar, author line, prompts glued after 。 and between paragraphs, comment box; no date",
        page="""
!a 用学写宝APP打开，写材料快人一步
!t 驻村帮扶解决饮水难题的心得体会（优秀范文）
!m 作者：学写宝编辑部　字数 620　收藏 1.1k
{BODY}
!l 评论区　说说你的看法…
!a 打开APP，一键生成同类文章
""",
        body="""
去年春天，我被派驻到涓水县石门村担任第一书记，到村第一件事就是解决群众吃水难。
石门村地势高，原有的水池一到旱季就干，村民要到两公里外的山沟里挑水。⟦a 完整版请在APP中查看⟧
我和村“两委”一起跑水利局、找设计院，争取到加压泵站项目，三个月后自来水通到了家家户户。
⟦l 相关范文：第一书记年度述职　驻村工作日志⟧
这件事让我体会到，为群众办实事，就要从群众最急最盼的事情做起。
""",
    ),
]
