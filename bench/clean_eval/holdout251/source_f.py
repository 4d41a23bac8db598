"""holdout251, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gkforum-anzhi-interview-road-drying-jammer",
        site="岸芷公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.anzhigk.example.com/thread-70214-1-1.html",
        title="村民在公路上晒谷被劝阻后不满，你怎么处理？",
        record_title="〔情景题·群众工作〕村民在公路上晒谷被劝阻后不满，你怎么处理？（我的作答，欢迎指正）- 结构化面试 - 岸芷公考论坛",
        date=None,
        notes="exam forum: jammer-font junk, a 'reply to see the scoring points' prompt, a rating row, a QQ-group ad, "
        "replies; post time relative (2 小时前), no date",
        page="""
<html>
<head><meta charset="utf-8"><title>〔情景题·群众工作〕村民在公路上晒谷被劝阻后不满，你怎么处理？（我的作答，欢迎指正）- 结构化面试 - 岸芷公考论坛</title>
<style>.jammer{position:absolute;left:-9999px}</style></head>
<body>
<div id="hd">⟦m 岸芷公考论坛　上岸路上有人同行⟧　<a>⟦a 登录⟧</a>　<a>⟦a 注册领面试礼包⟧</a></div>
<div id="pt">⟦m 岸芷公考论坛 › 面试交流 › 结构化面试⟧</div>
<div class="post">
<div class="author">⟦m 上岸的稻草人　Lv.5 备考达人　积分 3107⟧</div>
<h1>⟦t 〔情景题·群众工作〕村民在公路上晒谷被劝阻后不满，你怎么处理？（我的作答，欢迎指正）⟧</h1>
<div class="authi">⟦m 发表于 2 小时前　|　只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏了考官评分要点，回复后刷新可见⟧</div>
<div class="rate">⟦l 评分　岸币 +6　“思路清楚，第三点加分”⟧</div>
</div>
<div class="ad">⟦w 面试模考群：QQ 633180275，每晚八点线上抽题⟧</div>
<div class="reply">⟦l 2楼　晨读小分队：第二点的帮他挪谷子很接地气，学到了⟧</div>
<div class="reply">⟦l 3楼　考公第三年：开头可以再点一下题，表明态度⟧</div>
<div id="ft">⟦m 岸芷公考论坛　Powered by Discuz!　鲁ICP备21036618号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
这道题考的是应急应变和群众工作能力，我的思路分三步。
第一，先稳住情绪。我会把村民请到路边树荫下，递上一杯水，耐心听他把话说完。他在路上晒谷，说到底是家里没地方晒，心里着急，不能一上来就讲大道理。
第二，讲清利害、帮着解决。我会跟他讲去年隔壁村因为路上晒谷发生车祸的例子，同时告诉他村部广场和学校操场都开放了，村里还有晒谷席可以借。如果他家劳力不够，我就叫上网格员帮他把谷子挪过去。
第三，举一反三。事后我会向村“两委”建议，在秋收前统计各户晒场需求，提前安排场地、发放晒谷席，从源头上减少路上晒粮。
以上是我的回答，欢迎各位考友拍砖。
""",
    ),
    dict(
        slug="gkforum-anzhi-essay-embroidery-kungfu-junk",
        site="岸芷公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="https://bbs.anzhigk.example.com/thread-70388-1-1.html",
        title="以绣花功夫绣好基层治理这幅画",
        record_title="〔考友互评〕以绣花功夫绣好基层治理这幅画（大作文，限时45分钟）- 申论写作 - 岸芷公考论坛",
        date=None,
        notes="exam forum as text: junk lines and junk glued after 。; a poster line with a relative time, replies with "
        "scores; no date",
        page="""
!m 岸芷公考论坛 › 申论写作 › 查看帖子
!t 〔考友互评〕以绣花功夫绣好基层治理这幅画（大作文，限时45分钟）
!m 楼主：针脚细密　发表于 6 天前　查看 1588　回复 23
{BODY}
!l 2楼　老秦带你写申论：立意准，分论点“细、准、恒”排得顺，给个一类下
!l 3楼　针脚细密：谢谢老师！结尾我再改改
!a 回复可见楼主的修改稿
!m 岸芷公考论坛　备考交流，禁止广告
""",
        indent="\u3000\u3000",
        junk=dict(lines=2, glued=2),
        body="""
绣花讲究一针一线，针脚细密才能绣出好图案。基层治理也是如此，只有拿出绣花功夫，才能把千头万绪的小事办好。
绣花功夫，首先是“细”。一根绣花针穿不了粗线，基层工作也容不得粗枝大叶。群众的诉求往往很具体，一盏路灯、一段台阶，都需要干部沉下身子，一件一件摸清、一件一件解决。
绣花功夫，其次是“准”。好绣娘落针前先看图样，下针不偏不斜。基层干部要找准问题症结，精准施策，不能“大水漫灌”。
绣花功夫，还在于“恒”。一幅绣品少则几个月，多则好几年。基层治理没有一劳永逸，需要久久为功、持之以恒。
以绣花之心对待群众小事，基层治理这幅画才能越绣越美。
""",
    ),
    dict(
        slug="wiki-quyi-clapper-entry-h1-refs",
        site="曲苑知识库 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://wiki.quyuanzsk.example.org/entry/kuaiban",
        title="快板",
        record_title=None,
        date=None,
        notes="an encyclopaedia without a record title: the entry name as <h1>, which also opens the body (matched as head); "
        "edit/discuss/version tabs, an infobox, a contents box, reference markers glued after 。, a references list; "
        "only a revision stamp, no date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>曲苑知识库</title></head>
<body>
<div class="wk-top">⟦m 曲苑知识库 · 中国曲艺的开放百科⟧　<input placeholder="搜索词条">　<a>⟦a 登录后参与编辑⟧</a></div>
<div class="wk-tabs">⟦a 修改词条⟧　⟦a 词条讨论⟧　⟦a 历次修订⟧</div>
<h1>{T}</h1>
<div class="wk-sub">⟦m 曲艺品种 · 说唱类⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：快板⟧</td></tr>
<tr><td>⟦m 所属门类：曲艺⟧</td></tr>
<tr><td>⟦m 主要道具：大板、节子板⟧</td></tr>
<tr><td>⟦m 流行地区：华北、东北及全国各地⟧</td></tr>
</table>
<div class="toc"><b>⟦l 本条目录⟧</b><ol><li>⟦l 道具与表演⟧</li><li>⟦l 源流⟧</li><li>⟦l 现状⟧</li></ol></div>
<div class="wk-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考文献⟧</h3><p>⟦l [1] 《曲艺概论》，曲艺出版社⟧</p><p>⟦l [2] 《北方说唱艺术史稿》，第三章⟧</p></div>
<div class="wk-meta">⟦m 本条目最近修订于 11 天前　贡献者 14 人⟧</div>
<div class="wk-foot">⟦d 本站文字内容依“署名—相同方式共享”协议发布⟧</div>
</body>
</html>
""",
        body="""
快板是中国传统曲艺形式之一，以竹板击节，说唱相间，因节奏明快而得名。⟦l [1]⟧
快板所用的竹板分大板和节子板两种。大板两块，用右手握持；节子板一般五块，用左手摇打。表演者一边打板，一边以合辙押韵的韵文叙述故事、描摹人物。
快板源于旧时艺人沿街说唱的“数来宝”，20世纪50年代以后经艺人整理改编，逐渐形成独立的曲种，并衍生出快板书等形式。⟦l [2]⟧
快板形式短小，一人、两人或多人均可表演，常用于文艺演出和群众宣传。
""",
    ),
    dict(
        slug="wiki-wujian-embroidery-needle-entry-text",
        site="物件小百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.wujianbk.example.com/item/xiuhuazhen",
        title="绣花针",
        record_title="绣花针_物件小百科",
        date=None,
        notes="an encyclopaedia entry as text: a site suffix in the record title, edit/collect row, synonym line, contents "
        "line, a references line and a revision stamp; the entry's name opens the body; no date",
        page="""
!m 物件小百科 · 认识身边的小东西
!t 绣花针_物件小百科
!a 编辑　|　收藏　|　纠错
!m 同义词：刺绣针、绣针
!l 目录：1 结构　2 型号　3 工艺
{BODY}
!l 参考资料：《手工刺绣基础》；《针线小史》
!m 最后修订：3 天前　|　浏览 8,204
!m 物件小百科　内容由网友共同编辑
""",
        body="""
绣花针是刺绣时穿引丝线用的细钢针，针身细长，一端尖锐，另一端有穿线的针鼻。
绣花针按粗细分号，号数越大针越细。常见的有3号至12号，粗号针多用于十字绣、毛线绣，细号针用于丝线绣和劈丝绣。
与缝衣针相比，绣花针针鼻较长，便于穿入多股丝线；针尖打磨更圆润，不易挑断绸面纤维。
优质绣花针一般经过拉丝、切断、磨尖、冲鼻、热处理和抛光等多道工序，表面镀镍或镀金以防生锈。
""",
    ),
    dict(
        slug="netdisk-yunxia-clay-heritage-plan-pdf-markers",
        site="云匣网盘 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yunxia.example.com/s/Qm7tR2xw",
        title="墁田泥人非遗保护传承工作方案",
        record_title="墁田泥人非遗保护传承工作方案.pdf",
        date="2024-03-22",
        notes="a cloud-drive preview: file name as the record title, sharer and expiry line, save/download buttons, "
        "page-marker paragraphs (⬟n⬟) cutting sentences, VIP prompts; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>墁田泥人非遗保护传承工作方案.pdf_免费高速下载|云匣网盘</title></head>
<body>
<div class="yx-top">⟦m 云匣网盘⟧　<a>⟦a 登录⟧</a>　<a>⟦a 开通超级会员⟧</a></div>
<div class="yx-file">
<h2>⟦t 墁田泥人非遗保护传承工作方案.pdf⟧</h2>
<p>⟦m 412.6KB　|　分享者：墁田文化站小周　|　7天后失效⟧</p>
<p>⟦a 保存到我的云匣　　高速下载　　举报⟧</p>
</div>
<div class="yx-preview">
{BODY}
</div>
<div class="yx-vip">⟦a 非会员仅可预览前3页，开通超级会员预览全部页面⟧</div>
<div class="yx-foot">⟦d 云匣网盘仅提供存储服务，分享内容由分享者负责⟧　⟦m © 2024 yunxia.example.com⟧</div>
</body>
</html>
""",
        p_html='<div class="pv-line">{}</div>',
        pages=dict(fmt="⬟{n}⬟", every=110, start=2),
        body="""
为加强墁田泥人制作技艺保护传承，推动非遗与文旅融合发展，结合我镇实际，制定本方案。
一、工作目标
到2026年，建成泥人传习所1处、研学基地2个，培养青年传承人20名以上，泥人产业年产值突破2000万元。
二、主要任务
（一）抢救记录。对全镇12名老艺人开展口述史采集和技艺影像记录，建立墁田泥人档案库。
（二）培养传人。实行“一师带三徒”，每名徒弟每年由镇财政补助学艺经费3000元。
（三）拓展市场。开发泥人文创产品，组织作坊参加展会，支持开设网店。
三、保障措施
成立由镇长任组长的工作专班，每季度召开一次推进会，镇文化站负责日常调度。
墁田镇人民政府
2024年3月22日
""",
    ),
    dict(
        slug="netdisk-feige-belt-quality-speech-docx-marker-lines",
        site="飞鸽云盘 (invented cloud drive)",
        style="网盘分享",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.feigeyun.example.cn/share/file/8Hk3pA",
        title="在全市皮具行业质量提升推进会上的讲话",
        record_title="在全市皮具行业质量提升推进会上的讲话.docx",
        date="2024-08-30",
        notes="a cloud-drive preview as text: file name as the record title, page markers (⭔ 第n页 ⭔) on lines of their own "
        "cutting sentences; speaker and date lines under the title (neutral); save/report row and a preview limit",
        page="""
!m 飞鸽云盘 · 文件分享
!t 在全市皮具行业质量提升推进会上的讲话.docx
!m 文件大小 29.8KB　分享时间 昨天 16:02　永久有效
!a 保存到飞鸽云盘　下载　举报
{T}
市市场监督管理局局长　孔令川
（2024年8月30日）
{BODY}
!a 文档预览到此为止，下载后查看完整格式
!d 请勿通过网盘传播违法违规内容
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⭔ 第{n}页 ⭔", every=120, start=2),
        body="""
同志们：
今天召开全市皮具行业质量提升推进会，主要是通报今年皮带产品质量抽查情况，部署下一阶段质量提升工作。
今年上半年抽查的40批次皮带中，有6批次不合格，问题集中在耐折牢度、扣件耐腐蚀和标识标注三个方面。这说明我们一些企业还存在重产量、轻质量的倾向。
下一步，要重点抓好三件事：一是严把原料关，企业要建立皮料进厂检验制度；二是严把检测关，耐折、色牢度等关键项目要做到批批必检；三是严把标识关，产品材质、规格、厂名厂址必须如实标注。
市市场监管局将在年底前再组织一次专项抽查，对连续两次不合格的企业依法从严处理。
同志们，质量是企业的生命。希望大家以这次会议为契机，把鞓州皮带这块牌子擦得更亮。
""",
    ),
    dict(
        slug="snapshot-soubei-langping-mat-repair-notice",
        site="搜呗网页快照 of 稂坪镇人民政府网 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://snapshot.soubei.example.com/c?u=langping.gov.example.cn/tzgg/0828",
        title="稂坪镇关于组织编席能手上门修补晒谷席的通知",
        record_title="稂坪镇关于组织编席能手上门修补晒谷席的通知 - 搜呗网页快照",
        date="2024-08-28",
        notes="a search-cache frame: a capture banner with its stamp, a highlighted-keywords line, the cached portal's header "
        "and footer inside; the notice's contact beside the portal's 纠错 line; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>稂坪镇关于组织编席能手上门修补晒谷席的通知 - 搜呗网页快照</title></head>
<body>
<div class="sb-banner">⟦d 搜呗快照：本页为目标网页的历史存档，抓取于 9月3日 04:17，原网页可能已有变动⟧<br>⟦d 已为您标亮的检索词：晒谷席　修补⟧<br><a>⟦a 打开原网页⟧</a></div>
<div class="cached">
<div class="gov-head">⟦m 稂坪镇人民政府⟧</div>
<div class="gov-nav">⟦m 首页　镇情概况　政务公开　办事指南⟧</div>
<h1>{T}</h1>
<div class="gov-meta">⟦m 来源：镇农业服务中心　点击数：97⟧</div>
<div class="gov-body">
{BODY}
</div>
<div class="gov-foot">⟦m 稂坪镇人民政府主办　网站纠错：0736-4730000⟧</div>
</div>
</body>
</html>
""",
        body="""
各村（社区）：
为帮助群众做好秋收晾晒准备，镇党委、镇政府决定组织编席能手开展上门修补晒谷席志愿服务。现将有关事项通知如下：
一、服务时间：9月2日至9月15日。
二、服务对象：全镇60岁以上独居老人、脱贫户和残疾人家庭，其他农户可按成本价修补。
三、组织方式：各村于8月31日前摸清需修补晒谷席的户数和张数，报镇农业服务中心；镇里统一调配12名编席能手分片上门。
四、工作要求：各村要安排专人带路，做好服务登记，修补所需竹篾由镇里统一采购。
联系人：镇农业服务中心 岑立夏，电话：0736-4731082。
稂坪镇人民政府
2024年8月28日
""",
    ),
    dict(
        slug="snapshot-soubei-text-clapper-rehearsal-rules",
        site="搜呗网页快照 of 秬川县文化馆 (invented)",
        style="搜索快照",
        genre="制度",
        kind="other",
        form="text",
        source="http://snapshot.soubei.example.com/t?u=jcwhg.example.cn/gz/12",
        title="秬川县文化馆快板排练厅使用管理规定",
        record_title="去图快照｜秬川县文化馆快板排练厅使用管理规定",
        date=None,
        notes="a text-only cache: a banner with the capture stamp and a 'images removed' note, the cached site's name and "
        "crumb, rules with 第N条; no date (only the capture stamp)",
        page="""
!d 【搜呗·去图快照】仅保留网页文字，抓取于 上周五 22:40，与原网页可能不一致
!a 查看含图片的版本　｜　访问原网页
!m 秬川县文化馆
!m 馆务公开 > 规章制度
{T}
{BODY}
!m 秬川县文化馆　地址：秬川县文化路20号
""",
        indent="\u3000\u3000",
        body="""
第一条　为规范快板排练厅的使用管理，保障各团队正常排练，制定本规定。
第二条　排练厅实行预约使用，各团队须提前三天在馆内登记，每次使用不超过三小时。
第三条　排练期间音量应控制在合理范围内，晚上九点以后不得排练。
第四条　爱护竹板、话筒等公用器材，损坏的照价赔偿；使用完毕后关闭电源、门窗。
第五条　排练厅内禁止吸烟、饮食，保持室内整洁。
第六条　本规定由秬川县文化馆负责解释，自公布之日起施行。
""",
    ),
    dict(
        slug="print-yanhu-leather-action-plan-decimal",
        site="埏湖区人民政府网 print view (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.yanhu.gov.example.cn/zwgk/ghjh/202406/print_t20240614_3371.html",
        title="埏湖区皮具产业质量提升三年行动方案（2024—2026年）",
        record_title="打印友好页 · 埏湖区皮具产业质量提升三年行动方案（2024—2026年）",
        date="2024-06-12",
        notes="a print view calling window.print(): print/close buttons, the page's address line, decimal headings 1.1–3.2 "
        "in the body, a print footer (⌰ 第1页／共1页 ⌰) closing it; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>打印友好页 · 埏湖区皮具产业质量提升三年行动方案（2024—2026年）</title>
<script>window.onload = function () { window.print(); };</script>
<style>@media print { .noprint { display: none } }</style></head>
<body>
<div class="noprint">⟦a 【立即打印】　【关闭此窗口】⟧</div>
<div class="p-site">⟦m 埏湖区人民政府网⟧</div>
<div class="p-url">⟦m 原文地址：https://www.yanhu.gov.example.cn/zwgk/ghjh/202406/t20240614_3371.html⟧</div>
<h2>{T}</h2>
<div class="p-body">
{BODY}
</div>
<div class="p-footer">⟦p ⌰ 第1页／共1页 ⌰⟧</div>
</body>
</html>
""",
        body="""
为推动全区皮具产业高质量发展，制定本行动方案。
1 总体目标
1.1 到2026年，全区皮带等主要皮具产品市级监督抽查合格率稳定在95%以上。
1.2 培育区级以上质量标杆企业5家，“埏湖皮具”区域品牌初步形成。
2 重点任务
2.1 原料把关。推动规模企业建立皮料进厂检验台账，严禁使用来源不明的皮坯。
2.2 检测提升。建设区皮具质量公共检测服务站，为中小企业提供耐折、色牢度等检测服务。
2.3 标准引领。支持龙头企业牵头制定皮带团体标准。
3 保障措施
3.1 区市场监管局牵头建立工作专班，每半年通报一次进展。
3.2 区财政每年安排质量提升专项资金200万元。
埏湖区人民政府办公室
2024年6月12日
""",
    ),
    dict(
        slug="print-hangshui-needle-inspection-notice-footer",
        site="绗水县人民政府网 print view (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.hangshui.gov.example.cn/scjg/print.jsp?id=20240408",
        title="关于开展绣花针产品质量专项检查的通知",
        record_title="[打印稿] 关于开展绣花针产品质量专项检查的通知 - 绗水县市场监督管理局",
        date="2024-04-08",
        notes="a print view as text: a print time stamp and the page address at the top, the 印发 line in the body, a "
        "print footer (〼 第1页 共1页 〼) and a close line at the end; 成文日期 under the signature",
        page="""
!m 绗水县人民政府网 — 打印
!m 打印于：刚刚
!m 网址：http://www.hangshui.gov.example.cn/scjg/20240408.html
!t [打印稿] 关于开展绣花针产品质量专项检查的通知
绗市监〔2024〕9号
{BODY}
!p 〼 第1页 共1页 〼
!a 〔关闭本页〕
""",
        indent="\u3000\u3000",
        body="""
各市场监管所，县内各针业生产企业：
为提升我县绣花针产品质量，维护“绗水针”品牌声誉，县局决定于4月至6月开展绣花针产品质量专项检查。现将有关事项通知如下：
一、检查范围：全县绣花针生产企业、家庭作坊及批发商户。
二、检查重点：针尖锋利度、针鼻光洁度、镀层耐腐蚀性能，以及包装标识是否完整。
三、工作步骤：4月为企业自查阶段，5月为集中检查阶段，6月为整改复查阶段。
四、工作要求：各所要逐户建立检查台账，发现问题当场下达整改通知，重大问题及时报告县局。
绗水县市场监督管理局
2024年4月8日
绗水县市场监督管理局办公室　2024年4月8日印发
""",
    ),
    dict(
        slug="mail-tzxy-forwarded-loan-letter-attachment-bar",
        site="鞓州学院邮件系统 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.tzxy.example.edu.cn/read?mid=ZL20241126091402",
        title="关于借展墁田泥人作品的函",
        record_title="转发：关于借展墁田泥人作品的函.docx",
        date="2024-11-25",
        date_also=["2024-11-26"],
        notes="a university webmail reading view: folder list, a forwarded header (发件人/发送时间/收件人/主题), an "
        "attachment bar next to the letter's own 附件 list, the sender's mailbox also in the letter's contact line; "
        "成文日期 under the signature, the mail a day later",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>转发：关于借展墁田泥人作品的函.docx - 鞓州学院邮件系统</title></head>
<body>
<div class="wm-top">⟦m 鞓州学院邮件系统⟧　⟦m lib_tzzx@tzxy.example.edu.cn⟧　<a>⟦a 退出⟧</a></div>
<div class="wm-folders">⟦m 收件箱(12)　星标邮件　草稿箱　已发送　已删除⟧</div>
<div class="wm-tools">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="wm-read">
<h3>⟦t 转发：关于借展墁田泥人作品的函.docx⟧</h3>
<p>⟦m 发件人：图书馆阅读推广部 &lt;lib_tzzx@tzxy.example.edu.cn&gt;⟧</p>
<p>⟦m 时　间：2024年11月26日 14:05⟧</p>
<div class="fwd">
<p>⟦m ------------------ 原始邮件 ------------------⟧</p>
<p>⟦m 发件人：钟小满 &lt;mantian_cxs@example.cn&gt;⟧</p>
<p>⟦m 发送时间：2024年11月26日(星期二) 上午9:14⟧</p>
<p>⟦m 收件人：lib_tzzx@tzxy.example.edu.cn⟧</p>
<p>⟦m 主题：关于借展墁田泥人作品的函⟧</p>
</div>
<div class="wm-body">
{BODY}
</div>
<div class="wm-attach">⟦a 附件（2个）：借展作品清单.xlsx（15K）　借展协议.docx（31K）　全部打包下载⟧</div>
</div>
<div class="wm-foot">⟦m 鞓州学院网络与信息中心　邮箱使用问题请拨 0735-8190000⟧</div>
</body>
</html>
""",
        body="""
鞓州学院图书馆：
贵馆拟于12月举办“泥土的温度”馆藏泥人专题展，我所非常乐意给予支持。经研究，同意借展我所收藏的泥人作品16件，借展期为2024年12月5日至12月31日。
为确保作品安全，请贵馆做好以下工作：一是展品须放置在带锁展柜内，避免阳光直射；二是布展、撤展时由我所派员现场指导；三是展期内如发生损坏，请第一时间告知我所。
借展作品清单和借展协议见附件，请贵馆核对后签章寄回一份。
联系人：钟小满，电话：0735-8092217，邮箱：mantian_cxs@example.cn。
附件：1.借展作品清单
2.借展协议
墁田镇泥人传习所
2024年11月25日
""",
    ),
    dict(
        slug="mail-fwd-miejiang-sample-test-letter-text",
        site="forwarded mail (invented) from 秬川县篾匠坊竹制品有限公司",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:zhijian-group@miejiangfang.example.cn",
        title="关于晒谷席样品送检事宜的函",
        record_title="Fwd: 回复：答复：关于晒谷席样品送检事宜的函",
        date="2024-08-20",
        date_also=["2024-08-21"],
        notes="a forwarded mail as text: the forwarder's note, Forwarded-message headers (From/Date/Subject/To), the "
        "company's letter with its own 联系人/电话/邮箱 and a waybill number, a mail-client confidentiality footer; "
        "成文日期 under the signature, the mail a day later",
        page="""
!m 质检组各位：篾匠坊的送检函转给大家，样品到了请安排检验。——付强
!m ---------- Forwarded message ----------
!m From: 吴篾生 <miejiangfang@example.cn>
!m Date: 2024年8月21日 周三 10:26
!m Subject: 回复：答复：关于晒谷席样品送检事宜的函
!m To: 鞓州市产品质量监督检验所 <zjs_tz@example.cn>
{BODY}
!d 本邮件及附件仅供指定收件人使用，如误收请删除并告知发件人。
!m 发自 邮趣 移动客户端
""",
        body="""
鞓州市产品质量监督检验所：
我公司是穟溪县农业农村局晒谷席采购项目的投标供应商。根据招标文件要求，现将竹编晒谷席样品3张送贵所检验，检验项目为含水率、防霉性能和篾片拉伸强度。
样品已于8月20日通过物流寄出，运单号SF1402776318，请注意查收。检验费用由我公司承担，请贵所检验完毕后将检验报告寄至我公司，并将电子版发送至下方邮箱。
联系人：吴篾生，电话：0731-7689025，邮箱：miejiangfang@example.cn。
秬川县篾匠坊竹制品有限公司
2024年8月20日
""",
    ),
]
