"""holdout101, part F: a cloud drive, search snapshots, print views, forwarded mails, a county
portal and a 范文 site (an exit-entry office, retired phone booths, school pen pals, a water
park, a trade union's singles meet-up, school uniforms, the PE part of the zhongkao, pupils'
lunch-break rest, a volunteer search team for missing elders). Invented text."""

CASES = [
    dict(
        slug="netdisk-html-exit-entry-summary",
        site="盒子云盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.heziyun.example.net/share/link?surl=mX83kqP2",
        title="县公安局出入境管理大队2024年工作总结",
        record_title="县公安局出入境管理大队2024年工作总结.docx",
        date="2024-12-25",
        notes="cloud-drive HTML preview: file toolbar, sharer's avatar line, a 'members see faster' upsell; a statistics table; date under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>县公安局出入境管理大队2024年工作总结.docx_免费高速下载|盒子云盘</title></head><body>
<div class="hd">⟦m 盒子云盘⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="file-head"><h2>⟦t 县公安局出入境管理大队2024年工作总结.docx⟧</h2>
<div class="sharer">⟦m 分享者 瑗城警苑 · 2025-01-02 分享 · 45.1KB⟧</div>
<div class="tb">⟦a 下载　保存到云盘　举报⟧</div></div>
<div class="doc-preview">
{BODY}
</div>
<div class="vip">⟦a 开通超级会员，下载速度提升10倍⟧</div>
<div class="ft">⟦d 盒子云盘仅提供存储空间，分享内容由用户负责⟧</div>
</body></html>
""",
        body="""
2024年，出入境管理大队紧紧围绕服务群众出行和对外开放大局，全面推进各项工作。
一、服务效能持续提升。推行普通护照“全国通办”和“只跑一次”，全年受理出入境证件申请情况如下：
证件类型　受理量　同比
普通护照　6812本　增长31%
往来港澳通行证　9430本　增长18%
往来台湾通行证　1206本　增长9%
二、便民举措不断丰富。在县政务服务中心增设自助签注机两台，开通为老年人、残疾人预约上门办证服务。
三、管理工作扎实有序。加强外国人住宿登记管理，开展境外人员服务管理专项检查四次。
瑗城县公安局出入境管理大队
2024年12月25日
""",
    ),
    dict(
        slug="snapshot-html-phone-booth-removal-frame",
        site="搜易快照 (invented search cache)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="https://cache.souyi.example.com/c?m=9f21a0&u=http%3A%2F%2Fwww.lingyuan.example.gov.cn%2Fgg%2F3301.html",
        title="关于拆除城区闲置公用电话亭的公告",
        record_title="关于拆除城区闲置公用电话亭的公告 - 搜易快照",
        date="2025-02-14",
        notes="search-cache frame: a cache banner with the original URL and the snapshot time (no date), highlight notice; the original portal's chrome inside; the notice's own 联系电话; date under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于拆除城区闲置公用电话亭的公告 - 搜易快照</title></head><body>
<div class="cache-banner">⟦d 这是 http://www.lingyuan.example.gov.cn/gg/3301.html 的快照，是网页在 2025-03-01 06:12 的存档，当前页面可能已经更改。⟧<br>⟦a 查看当前网页⟧ ⟦m 已为您标亮以下关键词：电话亭 拆除⟧</div>
<hr>
<div class="orig-head">⟦m 翎原市城市管理局⟧</div>
<div class="orig-nav">⟦m 首页 | 公告公示 | 便民服务⟧</div>
<h2>⟦t 关于拆除城区闲置公用电话亭的公告⟧</h2>
<div class="orig-body">
{BODY}
</div>
<div class="orig-foot">⟦m 翎原市城市管理局 主办⟧</div>
</body></html>
""",
        body="""
随着移动通信普及，城区大部分公用电话亭已长期闲置，部分亭体破损、锈蚀，影响市容并存在安全隐患。经与通信运营企业协商，决定对城区闲置公用电话亭进行集中拆除。现将有关事项公告如下：
一、拆除范围：城区主次干道两侧闲置的公用电话亭共一百三十七座，具体点位在各街道办事处公示。
二、拆除时间：2025年2月20日至3月31日。
三、保留点位：火车站、汽车站、中心医院等人员密集场所保留部分电话亭，改造为便民应急呼叫点。
市民如有意见建议，请拨打市城管局联系电话0898-6612370。
翎原市城市管理局
2025年2月14日
""",
    ),
    dict(
        slug="snapshot-text-pen-pal-letter-oneline",
        site="寻迹搜索快照 (invented text-only cache)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="https://kuaizhao.xunji.example.cn/view?id=a7f19d22&q=笔友",
        title="致结对学校同学的一封信",
        record_title=None,
        date="2025-03-12",
        notes="text-only cache: snapshot stamp (no date); the whole letter on one line; the original school site's crumbs; date under the signature",
        indent="\u3000\u3000",
        oneline=True,
        page="""
!d 寻迹快照 | 本页为 2025-04-02 抓取的纯文本版本，与原网页内容可能不同
!m 原网址：http://www.qxzx.example.edu.cn/dywy/2025/0312.html
!m 箐溪中学 › 德育天地 › 书信往来
{T}
{BODY}
!a 返回搜索结果
""",
        body="""
亲爱的新疆塔城市第三中学的同学们：
你们好！我们是箐溪中学初二（3）班的学生。通过“手拉手笔友”活动，我们终于可以和远方的你们通信了。
我们的学校坐落在一条小溪边，校园里有一棵两百多年的香樟树，每到春天，整个校园都是香樟的味道。
听说你们那里的草原很辽阔，冬天的雪能没过膝盖，我们都很好奇，期待你们在回信里给我们讲一讲。
随信寄去我们班同学画的明信片和一包家乡的新茶，希望你们喜欢。
箐溪中学初二（3）班全体同学
2025年3月12日
""",
    ),
    dict(
        slug="print-water-park-safety-rules-footer",
        site="碧浪水上乐园 (invented, print view)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.bilangwaterpark.example.com/guide/print.aspx?id=12",
        title="碧浪水上乐园游客安全须知",
        record_title="〔打印版〕碧浪水上乐园游客安全须知",
        date=None,
        notes="print view: print time and URL at the top, a print footer with page numbers, a close/print row; rules that speak of 扫码 and 下载 as content; no date (print stamp only)",
        page="""
!m 碧浪水上乐园　www.bilangwaterpark.example.com
!m 打印日期：2025-07-14 15:02
!t 〔打印版〕碧浪水上乐园游客安全须知
{BODY}
!a [打印本页]　[关闭窗口]
!m ── 第 1 页，共 1 页 ──
""",
        body="""
一、游客须身体健康，患有心脏病、高血压、癫痫等疾病者及酒后人员不得参与水上项目。
二、身高不足1.2米的儿童须由成年监护人全程陪同，监护人不得离开儿童视线。
三、请遵守各项目的身高、体重限制，听从救生员指挥，不在池边追逐打闹。
四、入园后可扫描手环上的二维码查看各项目排队时间，也可下载园区导览图。
五、雷雨天气所有室外项目暂停开放，请游客服从工作人员安排到室内区域躲避。
六、如发生意外或身体不适，请立即向最近的救生员或医务室求助。
""",
    ),
    dict(
        slug="print-html-union-singles-meetup-plan",
        site="嵘州市总工会 (invented, print view)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.rzzgh.example.org.cn/print.jsp?id=88102",
        title="2025年“工会红娘”青年职工联谊活动方案",
        record_title="打印 - 2025年“工会红娘”青年职工联谊活动方案",
        date="2025-05-09",
        notes="HTML print view: print/close buttons, a print-only URL line, a print footer; the union's own 报名联系人 kept; schedule table one row a paragraph; date under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>打印 - 2025年“工会红娘”青年职工联谊活动方案</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 打印　|　关闭⟧</div>
<div class="ph">⟦m 嵘州市总工会网站 · 打印页⟧</div>
<h2>⟦t 2025年“工会红娘”青年职工联谊活动方案⟧</h2>
<div class="pmeta">⟦m 本文地址：https://www.rzzgh.example.org.cn/news/88102.html⟧</div>
<div class="pbody">
{BODY}
</div>
<div class="pf">⟦m 第1页 / 共1页⟧</div>
</body></html>
""",
        body="""
为帮助全市单身青年职工拓宽交友渠道，市总工会决定举办2025年“工会红娘”青年职工联谊活动。方案如下：
一、参加对象：全市各级工会会员中年满22周岁的单身青年职工，男女各60人。
二、活动安排
场次　时间　地点
第一场　6月7日　市职工文化宫
第二场　6月21日　凤凰湖湿地公园
三、报名方式：由各基层工会推荐，填写报名表后报市总工会女职工部。
报名联系人：钱佳慧，电话：0793-8250617。
嵘州市总工会
2025年5月9日
""",
    ),
    dict(
        slug="mail-fwd-school-uniform-notice-cc",
        site="箐溪县教育局邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:bangong@qxjyj.example.gov.cn?msg=20250818-0931",
        title="关于规范中小学生校服采购管理工作的通知",
        record_title="转发：关于规范中小学生校服采购管理工作的通知",
        date="2025-08-15",
        notes="forwarded mail: the forward header (发件人/收件人/主题/时间) as meta, the sender's signature and a mail client's confidentiality footer; the notice's own 抄送 line and 附件 kept; send date differs (the document's date expected, the mail's accepted)",
        date_also=["2025-08-18"],
        page="""
!m -------- 转发的邮件 --------
!m 发件人：县教育局办公室 <bangong@qxjyj.example.gov.cn>
!m 发送时间：2025年8月18日 星期一 09:31
!m 收件人：各学校办公室
!t 主题：转发：关于规范中小学生校服采购管理工作的通知
各学校：现将市教育局通知转发给你们，请认真抓好落实。
{BODY}
!m 箐溪县教育局办公室　严立
!d 本邮件及附件可能含有保密信息，如误收请立即删除并通知发件人。
""",
        body="""
各县（市、区）教育局：
为切实维护学生和家长合法权益，进一步规范中小学生校服采购管理，现就有关事项通知如下：
一、坚持自愿购买。学校不得强制或变相强制学生购买校服，不得将校服采购与入学、评优挂钩。
二、规范选用程序。校服选用须成立由家长代表占多数的校服选用组织，采购结果在校内公示不少于5个工作日。
三、加强质量监管。校服到货后，学校应委托有资质的检测机构抽样检测，检测不合格的一律退货。
附件：中小学生校服采购管理流程图
嵘州市教育局
2025年8月15日
抄送：市市场监督管理局。
""",
    ),
    dict(
        slug="mail-html-zhongkao-pe-exam-forward",
        site="珂城一中校内邮箱 (invented webmail)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mail.kcyz.example.edu.cn/read?mid=ZK2025-0311",
        title="关于2025年中考体育与健康考试有关事项的通知",
        record_title="Fw: 关于2025年中考体育与健康考试有关事项的通知",
        date="2025-03-10",
        notes="webmail HTML: folder list, reply/forward toolbar, a forward note and the mail header lines (meta); exam items table one row a paragraph; the document's own 咨询电话; date under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fw: 关于2025年中考体育与健康考试有关事项的通知 - 珂城一中邮箱</title></head><body>
<div class="folders">⟦m 收件箱(12)　草稿箱　已发送　垃圾箱⟧</div>
<div class="toolbar">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="mailhead"><h3>⟦t Fw: 关于2025年中考体育与健康考试有关事项的通知⟧</h3>
<p>⟦m 发件人：教务处 刘庆 &lt;jwc@kcyz.example.edu.cn&gt;⟧</p><p>⟦m 时间：2025年3月11日(星期二) 下午2:15⟧</p><p>⟦m 收件人：初三年级组⟧</p></div>
<div class="mailbody"><p>⟦m 各位班主任：转发县教育局通知，请组织学生做好准备。⟧</p>
{BODY}
</div>
<div class="attach">⟦a 附件(1)：体育考试项目评分标准.xlsx　预览　下载⟧</div>
<div class="mf">⟦d 校内邮箱仅用于工作交流，请勿转发至外部邮箱⟧</div>
</body></html>
""",
        body="""
各初级中学：
根据市教育局统一部署，现将2025年中考体育与健康考试有关事项通知如下：
一、考试时间：2025年4月14日至4月25日，具体场次另行安排。
二、考试项目
类别　项目　分值
必考项目　1000米跑（男）/800米跑（女）　20分
选考项目一　立定跳远或一分钟跳绳　15分
选考项目二　篮球运球或足球运球　15分
三、因伤病不能参加考试的考生，须提供县级以上医院诊断证明，经审核后申请免考或缓考。
咨询电话：0375-4409721。
珂城县教育局
2025年3月10日
""",
    ),
    dict(
        slug="gov-noon-rest-notice-banji",
        site="琅溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.langxi.example.gov.cn/xxgk/zcwj/2025/0825-441.html",
        title="关于推进中小学生午休“躺睡”工作的通知",
        record_title="关于推进中小学生午休“躺睡”工作的通知_政策文件_琅溪县人民政府门户网站",
        date="2025-08-25",
        notes="county portal text page: 索引号/文号 lines (the 文号 neutral), 抄送 and 印发 版记 kept; a 'read aloud' action; related documents",
        page="""
!m 琅溪县人民政府门户网站
!m 首页 > 信息公开 > 政策文件
!m 索引号：LX-00318-2025-0077　发文机关：县人民政府办公室
!t 关于推进中小学生午休“躺睡”工作的通知_政策文件_琅溪县人民政府门户网站
!a 🔊 朗读全文　【大 中 小】
琅政办发〔2025〕21号
{BODY}
!l 相关政策解读：图解中小学生午休“躺睡”工作
!m 琅溪县人民政府办公室主办　政府网站标识码：5330260011
""",
        body="""
各乡镇人民政府，县直有关部门：
为保障中小学生午间休息，促进学生身心健康，经县人民政府同意，现就推进中小学生午休“躺睡”工作通知如下：
一、工作目标。2025年秋季学期起，全县寄宿制学校全面实现学生午休“躺睡”，2026年底前有条件的走读学校基本实现。
二、实施方式。学校可通过改造闲置教室、配备可折叠课桌椅或午休床等方式，因地制宜解决午休场地。
三、经费保障。所需经费纳入县级教育经费统筹安排，不得向学生收取午休费用。
琅溪县人民政府办公室
2025年8月25日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
琅溪县人民政府办公室　2025年8月25日印发
""",
    ),
    dict(
        slug="fanwen-missing-elders-search-team-summary-wrapped",
        site="笔墨范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.bimofw.example.com/zongjie/zhiyuan/5518.html",
        title="蓝朋友寻人志愿服务队2024年工作总结",
        record_title="【优秀范文】蓝朋友寻人志愿服务队2024年工作总结（共2篇）",
        date="2024-12-28",
        notes="范文 site: text hard-wrapped at 58 columns; a VIP-copy prompt at the top; a writing-service prompt at the bottom; the team's own 求助热线 kept; date under the signature",
        indent="\u3000\u3000",
        wrap=58,
        page="""
!m 笔墨范文网 > 工作总结 > 志愿服务总结
!t 【优秀范文】蓝朋友寻人志愿服务队2024年工作总结（共2篇）
!a 本文需开通VIP才能复制，开通后全站范文随意复制
!m 第1篇
{BODY}
!w 需要定制总结、汇报材料？联系笔墨写作组：微信 bimo_xiezuo
!l 第2篇：社区应急救援志愿服务队年度工作总结 >>
""",
        body="""
2024年，蓝朋友寻人志愿服务队在县民政局、县公安局的指导下，全年参与寻找走失人员行动六十三次，成功找回走失人员五十八人，其中阿尔茨海默病老人三十一人。
一是壮大队伍。全年新招募志愿者八十六名，队伍总数达到二百四十人，组建无人机搜寻小组和夜间搜寻小组。
二是提升技能。邀请消防、公安等部门开展搜寻技巧、野外急救培训六次。
三是做好预防。为全县三百余名失智老人免费发放防走失手环，在社区开展防走失宣传十五场。
群众遇到家人走失，可拨打服务队24小时求助热线0738-5516110。
蓝朋友寻人志愿服务队
2024年12月28日
""",
    ),
]
