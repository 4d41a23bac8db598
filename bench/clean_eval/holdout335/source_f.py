"""holdout335, part F: exam forums, encyclopaedias, cloud drives, search caches, print views, forwarded mail.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
Every case written by hand.
"""

CASES = [
    dict(
        slug="examforum-shangan-interview-door-sensor-jammer",
        site="上岸吧公考论坛 (invented, exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shangan8.com/thread-902716-1-1.html",
        title="社区为独居老人免费装门磁，部分老人不愿装，你怎么做？",
        record_title="〔面经分享〕社区为独居老人免费装门磁，部分老人不愿装，你怎么做？【社区工作岗】 - 面试交流 - 上岸吧公考论坛",
        date=None,
        notes="exam forum: jammer fonts glued and on a line, a reply-to-see prompt, a QQ-group ad, a rating row; "
        "the answer in four numbered steps; only '4 天前': no date",
        page="""
<html><head><meta charset="utf-8">
<title>〔面经分享〕社区为独居老人免费装门磁，部分老人不愿装，你怎么做？【社区工作岗】 - 面试交流 - 上岸吧公考论坛</title>
<style>.jammer{position:absolute;left:-9999px}</style>
</head><body>
<div id="hd">⟦m 上岸吧公考论坛⟧ ⟦a 登录⟧ ⟦a 注册领资料⟧</div>
<div id="pt">⟦m 上岸吧 › 面试交流 › 结构化真题⟧</div>
<div class="ad">⟦w 2025社区工作者面试冲刺群：QQ 786104233⟧</div>
<table><tr><td class="pls">⟦m 今年一定上岸⟧</td><td class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 发表于 4 天前⟧</div>
<div class="t_f">
<p>⟦m 【题目】⟧⟦t 社区为独居老人免费装门磁，部分老人不愿装，你怎么做？⟧</p>
<p>⟦m 【我的作答】⟧</p>
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏了考官点评，回复后可见⟧</div>
<div class="rate">⟦a 评分 上岸币 +5 ｜ 收藏 ｜ 分享⟧</div>
</td></tr></table>
<div id="ft">⟦m 上岸吧公考论坛 Powered by Discuz!⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
老人不愿装门磁，背后往往有顾虑，我会先弄清原因，再对症解决。
第一，上门了解顾虑。和网格员一起入户，耐心听老人讲，有的担心收费，有的担心被“监视”，有的嫌麻烦。
第二，讲清楚、做示范。告诉老人门磁完全免费，只记录门的开关，不拍照不录音；把邻居家已经装好的门磁拍成视频给老人看。
第三，请子女和老邻居帮忙。联系老人的子女做工作，请已经装了门磁的老人现身说法。
第四，尊重老人的选择。对仍不愿装的老人，不强求，改为网格员每周上门探访，并留下社区值班电话。
""",
    ),
    dict(
        slug="examforum-modaoshi-essay-food-scissors-junk-text",
        site="申论磨刀石论坛 (invented, exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="https://www.modaoshi-gk.cn/bbs/t/44127",
        title="从一把辅食剪看婴幼儿用品标准建设",
        record_title="『申论习作』从一把辅食剪看婴幼儿用品标准建设｜磨刀石论坛 · 大作文区",
        date=None,
        notes="exam forum as text: junk lines and junk glued after 。; a member-only marking prompt and a "
        "points line; a 申论 essay with no date (only '3 天前')",
        page="""
!m 申论磨刀石论坛 › 大作文区 › 每周一练
!t 『申论习作』从一把辅食剪看婴幼儿用品标准建设
!m 作者：磨刀不误砍柴工　｜　3 天前　｜　浏览 876
{BODY}
!a 会员可申请老师一对一批改，本周剩余名额 3 个
!l 回帖　｜　lilac_gk：第二段论据很扎实，结尾可以再升华一点
!m 申论磨刀石论坛　© 2018-2024
""",
        junk=dict(lines=2, glued=2),
        body="""
一把小小的辅食剪，承载的是千万家庭对孩子健康的期待。然而记者调查发现，市面上的辅食剪材质五花八门，有的标注“食品级”却拿不出检测报告，有的刀头锋利、缝隙难洗。辅食剪的乱象，折射出婴幼儿用品标准建设的短板。
标准缺位，市场就难免鱼龙混杂。目前，辅食剪多参照普通剪刀或食品接触材料的通用标准，针对婴幼儿使用场景的专门要求还不够明确。
补齐短板，需要多方合力。一方面，行业组织要加快制定团体标准，对材质、刀头、可拆洗结构等作出规定；另一方面，监管部门要加强抽检，电商平台要落实审核责任。
孩子的每一口饭都连着民生。把小物件的标准立起来，才能让家长少一分担心，多一分安心。
""",
    ),
    dict(
        slug="wiki-zhiwu-entry-pacifier-infobox-edit-glued",
        site="知物百科 (invented, encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.zhiwubaike.com/item/anfunaizui",
        title="安抚奶嘴",
        record_title="安抚奶嘴（婴儿用品）_知物百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, an infobox, a contents box, reference markers glued "
        "after sentences, an 'edit this section' link glued to a section heading; the entry name opens the "
        "body (the title mark is matched as head); no date (a 'last edited' stamp only)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>安抚奶嘴（婴儿用品）_知物百科</title>
</head><body>
<div class="top">⟦m 知物百科⟧ ⟦m 把身边的东西讲明白⟧ ⟦a 登录⟧</div>
<div class="tabs">⟦a 词条 ｜ 讨论 ｜ 编辑 ｜ 历史版本⟧</div>
<h1>{T}</h1>
<table class="infobox"><tr><td>⟦m 中文名：安抚奶嘴⟧</td></tr><tr><td>⟦m 外文名：pacifier⟧</td></tr><tr><td>⟦m 材　质：硅胶、天然乳胶⟧</td></tr><tr><td>⟦m 适用人群：0—3岁婴幼儿⟧</td></tr></table>
<div class="toc">⟦l 目录　1 结构　2 使用建议⟧</div>
<div class="lemma">
{BODY}
</div>
<div class="ref">⟦l 参考资料：[1] 婴幼儿用品安全使用指南 [2] 儿童口腔保健手册⟧</div>
<div class="stat">⟦m 本词条最近编辑于 2 个月前　浏览次数 3.6万⟧</div>
<div class="foot">⟦d 知物百科词条由网友协作编辑，内容仅供参考⟧</div>
</body></html>
""",
        body="""
安抚奶嘴是一种供婴幼儿吸吮、用以安抚情绪的奶嘴状用品，不具有喂食功能。⟦l [1]⟧
结构
安抚奶嘴一般由奶嘴头、防护罩和拉环三部分组成。奶嘴头多用硅胶或天然乳胶制成，防护罩上开有通气孔，防止婴儿把整个奶嘴含入口中。
使用建议⟦a ✎改写此节⟧
医学界普遍认为，一岁以内适当使用安抚奶嘴有助于婴儿入睡。但长期、频繁使用可能影响牙齿咬合，一般建议在两岁左右开始逐步停用。⟦l [2]⟧使用中应经常检查奶嘴头有无破损，不可用细绳将奶嘴挂在婴儿颈部。
""",
    ),
    dict(
        slug="wiki-jiaju-entry-end-cap-plain-text",
        site="家居小百科 (invented, encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.jiaju-xiao.com/wiki/liangyigan-dutou",
        title="晾衣杆堵头",
        record_title="晾衣杆堵头（五金配件）- 家居小百科",
        date=None,
        notes="encyclopaedia as text: infobox lines, a 'report an error' line; the entry name opens the body; "
        "no date (a year inside a sentence is no date)",
        page="""
!m 家居小百科 › 五金配件 › 晾晒用品
!t 晾衣杆堵头（五金配件）
!m 所属分类：五金配件　｜　别称：管塞、杆帽
!a 编辑词条　｜　添加义项　｜　纠错
{BODY}
!m 词条贡献者：五金老谭 等4人
!d 家居小百科内容仅供参考，购买请以实物为准
""",
        body="""
晾衣杆堵头，又称管塞、杆帽，是安装在晾衣杆两端管口的封堵配件。
堵头的作用主要有三点：一是防止衣架从管口滑脱；二是防止雨水、灰尘和虫子进入管内；三是遮盖管口的毛刺，避免划伤手。
常见的晾衣杆堵头有塑料、橡胶和不锈钢三种材质。塑料堵头价格低，但日晒后容易老化开裂；橡胶堵头外圈带有倒刺，固定较牢；不锈钢堵头多为装饰用，需配合螺丝固定。
由于高层住宅的堵头脱落可能造成高空坠物，不少城市在2020年以后把阳台外挑晾衣杆纳入了物业安全巡查的范围。
""",
    ),
    dict(
        slug="drive-qingyou-procedure-food-scissors-marker-paras",
        site="青柚网盘 (invented, cloud-drive preview)",
        style="网盘分享",
        genre="操作规程",
        kind="other",
        form="html",
        source="https://pan.qingyou.cn/s/1Hq7dZ0vRt",
        title="辅食剪清洗消毒操作规程",
        record_title="辅食剪清洗消毒操作规程.docx",
        date=None,
        notes="cloud-drive preview: VIP speed-up prompts, share expiry, save-to-drive button; page-marker "
        "paragraphs ⭉ p.n ⭉ cutting sentences; file-name title (.docx); a numbered procedure; no date "
        "(share and expiry stamps only)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>辅食剪清洗消毒操作规程.docx_青柚网盘</title>
</head><body>
<div class="bar">⟦m 青柚网盘⟧ ⟦a 登录⟧ ⟦a 开通青柚超级会员⟧</div>
<div class="share-info">⟦m 小桔托育 分享于 2024-10-09 08:12　有效期：永久⟧</div>
<div class="file"><span class="name">辅食剪清洗消毒操作规程.docx</span> <span>⟦m 29.4KB⟧</span></div>
<div class="ops">⟦a 存进我的青柚⟧ ⟦a 下载（非会员限速）⟧</div>
<div class="preview">
{BODY}
</div>
<div class="tip">⟦a 预览仅显示文字，原格式请下载查看⟧</div>
<div class="foot">⟦d 青柚网盘严禁分享违法违规内容，发现请举报⟧</div>
</body></html>
""",
        p_html='<p class="pv-line">{}</p>',
        pages=dict(fmt="⭉ p.{n} ⭉", every=70, start=2),
        body="""
1.适用范围。本规程适用于本园各班辅食剪的日常清洗和消毒。
2.用后即洗。辅食剪使用后立即用流动水冲洗，拆开刀身，用软毛刷刷净铆钉和刀刃缝隙中的残渣。
3.煮沸消毒。将洗净的辅食剪放入沸水中煮沸10分钟以上，或放入蒸汽消毒柜消毒20分钟。
4.晾干存放。消毒后的辅食剪放在专用保洁柜内自然晾干，不得用抹布擦干。
5.登记检查。保育员每餐填写消毒记录，保健医生每周抽查一次，发现生锈、松动的及时更换。
""",
    ),
    dict(
        slug="drive-xiazi-acceptance-door-sensor-pdf-marker-lines",
        site="匣子网盘 (invented, cloud-drive text preview)",
        style="网盘分享",
        genre="验收要点",
        kind="other",
        form="text",
        source="https://www.xiazipan.com/share/7Yk2mQ",
        title="智能门磁安装验收要点",
        record_title="智能门磁安装验收要点.pdf",
        date="2024-08-05",
        notes="file-name title (.pdf); cloud-drive text preview cut by ⟷ 第n页 ⟷ markers on lines of their own; "
        "成文日期 under the issuing office; share stamp no date",
        page="""
!m 匣子网盘 · 文件分享
!t 智能门磁安装验收要点.pdf
!m 分享者：亓溪民政小周　｜　分享于 3 天前　｜　1.1MB
!a 转存到我的匣子　｜　普通下载　｜　会员极速下载
{BODY}
!a 文档预览结束，如需打印请下载原文件
!d 匣子网盘仅提供存储服务，文件内容由分享者负责
""",
        pages=dict(fmt="⟷ 第{n}页 ⟷", every=75, start=2),
        body="""
为保证独居老人智能门磁安装质量，安装单位完成安装后，由社区会同安装单位逐户验收，验收要点如下：
一、安装位置。门磁主体装在门框上，磁铁装在门扇上，两者在关门状态下间距不超过10毫米，且不影响门的正常开关。
二、固定方式。优先采用螺丝固定；使用双面胶固定的，粘贴面须清洁干燥，按压30秒以上。
三、功能测试。开门、关门各三次，网关和网格员手机均应在10秒内收到状态变化信息。
四、交接告知。向老人及家属讲解门磁用途和外出报备方法，请老人在验收单上签字。
亓溪县民政局养老服务科
2024年8月5日
""",
    ),
    dict(
        slug="snapshot-wangshu-notice-carrier-donation-frame",
        site="望舒快照 (invented, search-cache frame of a county women's federation)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.wangshu.example.com/c?u=http%3A%2F%2Ffl.tianchuan.gov.cn%2Ftzgg%2F2024%2F0508.html",
        title="关于开展“爱心背带”赠送活动的通知",
        record_title="关于开展“爱心背带”赠送活动的通知 - 阗川县妇女联合会（望舒快照）",
        date="2024-05-08",
        notes="search-cache frame: a capture banner, a search-terms line, the cached site's own "
        "nav; the federation's own 联系人/电话 beside the cached site's 纠错 line; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于开展“爱心背带”赠送活动的通知 - 阗川县妇女联合会（望舒快照）</title>
</head><body>
<div class="snap-head">⟦m 这是望舒快照为 http://fl.tianchuan.gov.cn/tzgg/2024/0508.html 保存的页面，抓取于 2024-06-17 03:41⟧<br>⟦a 查看原网页⟧ ⟦a 只看文字版⟧ ⟦m 您的搜索词：爱心背带 赠送⟧</div>
<div class="orig">
<div class="o-hd">⟦m 阗川县妇女联合会⟧ ⟦m 首页 · 通知公告 · 家庭家教 · 维权服务⟧</div>
<h2>{T}</h2>
<div class="o-info">⟦m 时间：2024-05-08　来源：县妇联家庭儿童工作部⟧</div>
<div class="o-body">
{BODY}
</div>
<div class="o-foot">⟦m 阗川县妇女联合会　纠错电话：0726-5510060⟧</div>
</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
各乡镇妇联、县直各单位妇委会：
为帮助困难家庭科学育儿，县妇联联合县母婴用品商会开展“爱心背带”赠送活动，现将有关事项通知如下。
一、赠送对象。全县0至2岁婴幼儿所在的低保、特困和残疾人家庭。
二、赠送内容。每户一条经检验合格的婴儿背带，并配发图文版正确使用说明。
三、工作安排。各乡镇妇联于5月20日前上报名单，县妇联6月上旬统一配送，由乡镇妇联组织执委上门发放并现场教会家长使用。
联系人：县妇联家庭儿童工作部　季莺，电话：0726-5510318。
阗川县妇女联合会
2024年5月8日
""",
    ),
    dict(
        slug="snapshot-wenyuan-consumer-tip-pacifier-text-cache",
        site="闻远搜索网页缓存 (invented, text-only cache of a market-supervision bureau)",
        style="搜索快照",
        genre="消费提示",
        kind="other",
        form="text",
        source="https://cache.wenyuan-so.example.cn/text?id=d3f81a0c",
        title="消费提示：选购安抚奶嘴要“三看一拉”",
        record_title="消费提示：选购安抚奶嘴要“三看一拉”_郸水县市场监督管理局 - 闻远搜索网页缓存",
        date="2024-06-01",
        notes="text-only cache: a capture stamp (no date), the cached page's 发布日期 byline is the page's date; "
        "the bureau's 12315 inside the body; the cache's 'original page' link",
        page="""
!m 闻远搜索网页缓存（纯文本）　抓取时间：2024-07-19 22:05
!a 点此查看原网页（可能已更新）
!m 郸水县市场监督管理局 > 消费维权 > 消费提示
{T}
!m 发布日期：2024-06-01　来源：消费者权益保护股
{BODY}
!m 郸水县市场监督管理局版权所有　冀ICP备10026187号
!d 闻远搜索与该网页作者无关，不对其内容负责
""",
        body="""
“六一”儿童节前后，母婴用品进入销售旺季。县市场监管局提醒广大家长，选购安抚奶嘴时要做到“三看一拉”。
一看标识。合格产品应标明生产企业、执行标准、适用月龄和材质。
二看外观。奶嘴头应光滑无气泡、无杂质，防护罩上有通气孔。
三看气味。优质硅胶奶嘴基本无异味，有刺鼻气味的不要购买。
一拉，是指购买时和使用前用力拉一拉奶嘴头，检查与防护罩连接是否牢固。
消费者如发现质量问题，可拨打12315投诉举报。
""",
    ),
    dict(
        slug="print-luowan-bulletin-door-sensor-false-alarm-footer",
        site="骆湾镇人民政府 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.luowan.gov.cn/print.jsp?id=20241014-03",
        title="关于智能门磁报警误报问题处置情况的通报",
        record_title="〔打印留存版〕关于智能门磁报警误报问题处置情况的通报 · 骆湾镇人民政府",
        date="2024-10-14",
        notes="print view calling window.print(): a print/close row, a URL line, a print stamp (no date) and a print "
        "footer ⤖ 第1页｜共1页 ⤖; 印发 line in the body; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔打印留存版〕关于智能门磁报警误报问题处置情况的通报 · 骆湾镇人民政府</title>
<script>window.onload=function(){window.print();}</script>
</head><body class="print">
<div class="noprint">⟦a [ 立即打印 ]　[ 关闭窗口 ]⟧</div>
<div class="ph">⟦m 骆湾镇人民政府门户网站⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦m 页面地址：http://www.luowan.gov.cn/art/2024/10/14/art_36_5012.html⟧</div>
<div class="pf">⟦m 打印于 今天 10:32⟧</div>
<div class="pf">⟦p ⤖ 第1页｜共1页 ⤖⟧</div>
</body></html>
""",
        body="""
各村（社区）：
9月以来，镇平安办陆续接到网格员反映，部分独居老人家中的智能门磁频繁误报，半夜推送提醒，影响了网格员和家属的正常工作生活。镇平安办会同安装单位逐一排查，现将处置情况通报如下。
一、误报原因。共排查误报门磁63套，其中电池电量不足29套，磁铁错位18套，老人长期开门通风16套。
二、处置情况。更换电池29套，重新调整安装18套；对开门通风的老人，调整了提醒时段。
三、工作要求。各村（社区）网格员每月检查一次门磁电量，发现问题及时报修。
骆湾镇平安建设办公室
2024年10月14日
骆湾镇平安建设办公室　2024年10月14日印发
""",
    ),
    dict(
        slug="print-tunshan-rules-carrier-lending-footer-text",
        site="庚州市囤山区托育服务中心 (invented, print view as text)",
        style="打印页",
        genre="管理办法",
        kind="other",
        form="text",
        source="http://tyzx.tunshan.gov.cn/print/zhidu/17.html",
        title="囤山区托育服务中心婴儿背带借用管理办法",
        record_title="适合打印｜囤山区托育服务中心婴儿背带借用管理办法",
        date="2024-03-01",
        notes="print view as text: a print-mode header, a QR line, a print footer ⥂ 1 / 1 ⥂; 第N条 articles "
        "that speak of 打印 and 扫码; the rule's 印发 date under the issuing office",
        page="""
!a 〈 返回正常版 〉　　〈 打印 〉
!m 庚州市囤山区托育服务中心
{T}
{BODY}
!a 手机扫码可在线查看本页
!m 打印时间：2024-11-27 15:40
!p ⥂ 1 / 1 ⥂
""",
        body="""
第一条　为方便辖区家庭体验和学习使用婴儿背带，中心设立背带借用点，制定本办法。
第二条　辖区内0至3岁婴幼儿家长凭身份证可借用背带，每户每次限借1条，借期不超过14天。
第三条　借用时由工作人员检查背带卡扣、缝线是否完好，并指导家长现场试背。
第四条　家长扫描借用点二维码填写借用登记，工作人员每月打印一次借用台账存档。
第五条　归还的背带经清洗消毒后方可再次出借，发现损坏的及时报废。
第六条　本办法自2024年3月1日起试行。
庚州市囤山区托育服务中心
2024年3月1日
""",
    ),
    dict(
        slug="mail-xunyou-letter-end-cap-testing-attachment-bar",
        site="迅邮企业邮箱 (invented, webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.xunyou.example.com/read?mid=ZC7731-20240911",
        title="关于委托检测晾衣杆堵头样品的函",
        record_title="答复: Fwd: 关于委托检测晾衣杆堵头样品的函",
        date="2024-09-09",
        date_also=["2024-09-11"],
        notes="webmail reading view: folder list, a forwarded header block with its own 抄送, an attachment bar "
        "beside the letter's own 附件 list and 抄送 line; the letter's contact and mailbox; 成文日期 differs from "
        "the mail's send date (both accepted)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>答复: Fwd: 关于委托检测晾衣杆堵头样品的函 - 迅邮企业邮箱</title>
</head><body>
<div class="mail-top">⟦m 迅邮企业邮箱⟧ ⟦m qa@gz-wujin.example.com⟧ ⟦a 退出⟧</div>
<div class="folders">⟦m 收件箱(12)　星标邮件　草稿箱　已发送　已删除⟧</div>
<div class="toolbar">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="mail">
<h3>{T}</h3>
<div class="hdr">⟦m 发件人：童思齐 &lt;tongsq@gz-wujin.example.com&gt;⟧<br>⟦m 时间：2024年9月11日(星期三) 上午9:16⟧<br>⟦m 收件人：庚州市产品质量检验所 业务受理⟧<br>⟦m 抄送：邝经理⟧</div>
<div class="fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="mail-body">
{BODY}
</div>
<div class="att">⟦a 附件 2 个（共 1.8MB）　全部下载　在线预览⟧</div>
</div>
<div class="foot">⟦d 迅邮提醒：请勿轻信邮件中的汇款要求⟧</div>
</body></html>
""",
        body="""
庚州市产品质量检验所：
我公司是一家生产晾衣杆及配件的企业。为提高晾衣杆堵头产品质量，现委托贵所对我公司三种型号的堵头样品进行检测，检测项目包括耐老化性能、拔脱力和低温冲击性能。
样品已于9月9日由专人送达贵所业务受理大厅，每种型号各20个。检测费用按贵所收费标准支付，请于10个工作日内出具检测报告。
联系人：童思齐，电话：0728-3375519，邮箱：tongsq@gz-wujin.example.com。
附件：1.委托检测样品清单
2.企业营业执照复印件
庚州五金制品有限公司
2024年9月9日
抄送：公司质量管理部。
""",
    ),
    dict(
        slug="mail-danshui-kindergarten-letter-food-scissors-fw",
        site="郸水县第二幼儿园邮箱 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:ds2yey@danshui-edu.example.cn",
        title="关于调配辅食剪等保育用品的函",
        record_title="Fw：关于调配辅食剪等保育用品的函【急件，请阅】",
        date="2024-09-23",
        date_also=["2024-09-24"],
        notes="forwarded mail as text: mail headers (from, date, to), a forward separator, a client signature and "
        "an unsubscribe-style footer; the letter's own items table and contact; 成文日期 differs from the "
        "forward date (both accepted)",
        page="""
!m 发件人：郸水县第二幼儿园 <ds2yey@danshui-edu.example.cn>
!m 发送时间：2024年9月24日 星期二 14:08
!m 收件人：县教育局学前教育股
!m 主题：Fw：关于调配辅食剪等保育用品的函【急件，请阅】
!m -------- 原始邮件 --------
{BODY}
!m 发自我的轻邮手机客户端
!d 此邮件可能含有保密信息，如误收请删除并告知发件人
""",
        body="""
县教育局学前教育股：
今年秋季，我园新开设托班2个，招收2至3岁幼儿38名。托班幼儿午餐需要将面条、蔬菜剪碎，现有保育用品不能满足需要。经盘点，需调配以下用品：
品名　数量　用途
不锈钢辅食剪　12把　午餐分餐
辅食剪保洁柜　2个　消毒后存放
研磨碗　20个　软食制作
恳请贵股从县托育物资储备中予以调配，或同意我园从公用经费中自行采购。
联系人：园务办公室　伍佳宁，电话：0319-8830217。
郸水县第二幼儿园
2024年9月23日
""",
    ),
]
