"""holdout311, part F: 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text, written by hand; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="wiki-zhiyuan-entry-washbasin-stand",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan-wiki.cn/item/lianpenjia/30117",
        title="脸盆架",
        record_title="脸盆架（洗漱家具）_知源百科",
        date=None,
        notes="encyclopaedia entry: edit/discuss/history tabs, infobox, contents box, reference markers glued after 。; "
        "the one-word title also opens the body (head match); update stamp no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>脸盆架（洗漱家具）_知源百科</title>
<script src="/static/wiki/lemma.js"></script>
</head><body>
<div class="zy-top">⟦m 知源百科⟧ <input placeholder="搜词条"> <a>⟦a 进入词条⟧</a> <a>⟦a 我来创建⟧</a></div>
<div class="zy-tabs">⟦a 编辑这个词条⟧ ⟦a 讨论页⟧ ⟦a 历史版本⟧ ⟦a 收进词条夹⟧</div>
<div class="lemma">
<h1>{T}</h1>
<p class="sub">⟦m 洗漱家具⟧</p>
<table class="infobox">
<tr><td>⟦m 中文名：脸盆架⟧</td><td>⟦m 别　名：盆架、面盆架⟧</td></tr>
<tr><td>⟦m 类　别：家具⟧</td><td>⟦m 常见材质：木、铁、不锈钢⟧</td></tr>
</table>
<div class="catalog">⟦l 目录 1 概述 2 历史 3 款式 4 选购⟧</div>
<div class="para">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《中国民间家具图说》，墼岭文史丛书，第88页⟧</p><p>⟦l [2] 《宿舍家具配置指南》，廛河后勤协会编⟧</p></div>
<div class="lemma-stat">⟦m 浏览 12,806 次　编辑 9 次　最近更新 2 个月前⟧</div>
</div>
<div class="foot">⟦d 词条内容由网友协作编辑，仅供参考，不构成专业意见⟧ ⟦m © 知源百科⟧</div>
</body></html>
""",
        body="""
脸盆架是用来放置脸盆、搭挂毛巾的家具，多见于卧室、卫生间和集体宿舍。
传统脸盆架多为木制，常见三足或六足，上部有圆形托圈承放脸盆，后部立柱上设横杆搭毛巾，讲究的还在顶端雕刻花鸟图案，旧时常作为嫁妆。⟦m [1]⟧
20世纪后期，铁管焊接和不锈钢脸盆架逐渐普及，学校、工厂宿舍多采用多层落地式。近年来又出现了壁挂式、可折叠式等款式，节省空间，也便于老年人坐姿使用。⟦m [2]⟧
选购时应注意材质防锈、托圈尺寸与脸盆相配，落地式要检查是否稳固。
""",
    ),
    dict(
        slug="wiki-nongshi-entry-chicken-trough-no-title",
        site="农事百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.nongshi-baike.com/ct/weijicao.html",
        title="喂鸡槽",
        record_title=None,
        date=None,
        notes="no title in the record: the entry name on its own line (also the first word of the body, head match); "
        "edit tabs and entry statistics; '2 个月前' is no date",
        page="""
!m 农事百科 · 种养殖知识库
!m 农事百科 > 畜牧 > 畜牧器具
{T}
!a 编辑　｜　讨论　｜　历史
!m 本词条由农事百科编辑组审核
{BODY}
!l 相关词条：自动饮水器　｜　料线　｜　育雏笼
!m 词条统计：浏览 3,201 次 · 编辑 6 次 · 最近更新 2 个月前
!d 词条内容仅供参考，如需实际指导请咨询当地畜牧技术人员
""",
        body="""
喂鸡槽，又称鸡食槽、料槽，是盛放饲料供鸡只采食的器具。
按材质分，有木槽、石槽、镀锌铁皮槽、塑料槽和不锈钢槽等。农家散养多用木槽或石槽，规模养殖场多用塑料槽或自动喂料线。
按结构分，有长条槽、圆盘槽和桶式自动料槽。为减少鸡只扒料、踩踏造成的浪费，槽口常加装格栅或可转动的防踩横杆。
使用喂鸡槽时，槽位应与鸡只数量相配，一般每只成年鸡需8至10厘米槽位；槽内残料应每日清理，并定期消毒。
""",
    ),
    dict(
        slug="clouddrive-yunzhou-work-instruction-feed-bucket-pdf",
        site="云舟网盘 (invented)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.yunzhou-cloud.com/s/1Fq7xKm2Lw",
        title="饲料桶周转与清洗作业指导书",
        record_title="饲料桶周转与清洗作业指导书.pdf",
        date=None,
        notes="file-name record title; cloud-drive preview with VIP prompts and a share-expiry line; page-marker paragraphs ⧅ n/3 ⧅ "
        "cut sentences; decimal headings; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>饲料桶周转与清洗作业指导书.pdf_免费高速下载|云舟网盘</title>
<script src="https://pan.yunzhou-cloud.com/js/preview.js"></script>
</head><body>
<div class="yz-head">⟦m 云舟网盘⟧ <a>⟦a 开通云舟超级会员⟧</a> <a>⟦a 登录⟧</a></div>
<div class="yz-file">
<h2>{T}</h2>
<div class="yz-info">⟦m 分享者：谷满质检　｜　大小 412KB　｜　有效期：永久⟧</div>
<div class="yz-btns">⟦a 转存进我的云舟⟧ ⟦a 下载(412KB)⟧ ⟦a 举报⟧</div>
</div>
<div class="yz-preview">
{BODY}
</div>
<div class="yz-vip">⟦a 非会员仅可预览前 3 页，开通会员看完整文件⟧</div>
<div class="yz-foot">⟦d 云舟网盘不对用户分享的内容负责，发现违规请举报⟧ ⟦m © 云舟网盘　浙ICP备20105583号⟧</div>
</body></html>
""",
        p_html='<p class="pv">{}</p>',
        pages=dict(fmt="⧅ {n}/3 ⧅", every=110, start=2),
        body="""
1 目的
规范饲料周转桶的回收、清洗、消毒和存放作业，防止交叉污染。
2 适用范围
适用于饲料厂配送车间和各合作养殖场使用的周转饲料桶。
3 作业步骤
3.1 回收：配送员回收空桶时检查桶身编号，破损桶单独放置并登记。
3.2 预洗：倒净残料，用高压水枪冲洗桶内壁和桶盖，重点冲洗桶底边角。
3.3 消毒：将预洗后的桶放入消毒池浸泡不少于15分钟，消毒液浓度按说明书配制。
3.4 晾干：桶口朝下放置在晾桶架上，自然晾干不少于4小时。
3.5 存放：晾干后的桶加盖，存放在清洁区，与待洗桶分区摆放。
4 记录
每批次清洗完成后，作业人员填写清洗消毒记录，由班组长签字确认。
""",
    ),
    dict(
        slug="clouddrive-hepan-craft-shoe-bench-markers-own-lines",
        site="禾盘 cloud drive text preview (invented)",
        style="网盘分享",
        genre="工艺要求",
        kind="other",
        form="text",
        source="https://www.hepan.cn/share/preview/Tz81kQ",
        title="换鞋凳制作工艺要求",
        record_title="换鞋凳制作工艺要求.pdf",
        date=None,
        notes="file-name record title; a text preview with page markers ⩍ 第n页 ⩍ on lines of their own cutting sentences; no date",
        page="""
!m 禾盘 · 文件预览
!t 换鞋凳制作工艺要求.pdf
!m 来自：木禾家具厂技术科 的分享　｜　3 页　｜　分享于 6 天前
!a 转存　　下载　　用手机打开
{BODY}
!a 预览到此结束，完整文件请转存后查看
!m 禾盘 hepan.cn · 让文件随身走
""",
        pages=dict(fmt="⩍ 第{n}页 ⩍", every=100, start=2, glue=False),
        body="""
一、选材
凳面选用厚度不小于25毫米的橡木或松木指接板，含水率控制在8%至12%之间，不得有死节、裂纹和虫眼。
二、下料与开榫
按图纸尺寸下料，凳腿与横撑采用榫卯连接，榫头与榫眼配合要紧密，不得用钉子代替榫接。
三、打磨
所有外露边角倒圆，圆角半径不小于5毫米；表面依次用120目、240目砂纸打磨，手摸无毛刺。
四、涂装
采用水性木器漆，底漆一遍、面漆两遍，每遍间隔不少于6小时，漆膜均匀，无流挂、起泡。
五、检验
成品凳面承重试验不少于150千克，放在平整地面上四脚着地，无晃动。
""",
    ),
    dict(
        slug="snapshot-xunmi-consumer-tip-bath-stools",
        site="寻觅搜索 snapshot of the 浼水县消费者协会 site (invented)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="html",
        source="http://cache.xunmi-sou.com/c?u=http%3A%2F%2Fwww.msxfzxh.org.cn%2Fxfts%2F20241202.html",
        title="关于选购老年人浴凳的消费提示",
        record_title="关于选购老年人浴凳的消费提示 - 浼水消协（寻觅网页快照）",
        date="2024-12-02",
        notes="search-cache frame: capture banner, highlighted terms line, the cached site's own chrome; the snapshot stamp is no date; "
        "signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于选购老年人浴凳的消费提示 - 浼水消协（寻觅网页快照）</title>
<script src="//cache.xunmi-sou.com/js/hl.js"></script>
</head><body>
<div class="xm-bar">
<p>⟦m 寻觅快照：本页是 寻觅搜索 抓取 http://www.msxfzxh.org.cn/xfts/20241202.html 时保存的副本，抓取于 3 周前⟧</p>
<p>⟦a 原网页可能已经改动，点此查看最新页面⟧</p>
<p>⟦m 已为您高亮：浴凳　选购⟧</p>
</div>
<div class="orig">
<div class="top">⟦m 浼水县消费者协会⟧ ⟦m 维权热线 0774-7312315⟧</div>
<div class="nav">⟦m 首页 | 消费提示 | 投诉指南 | 比较试验⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 来源：县消协秘书处　浏览：506⟧</div>
<div class="txt">
{BODY}
</div>
<div class="foot">⟦m 浼水县消费者协会　地址：碉湾大道88号市场监管综合楼3楼⟧</div>
</div>
</body></html>
""",
        body="""
广大消费者：
天冷以后，不少家庭为老人添置浴凳。县消费者协会提醒大家，选购浴凳时要注意以下四点：
一是看标识。正规产品应标明生产厂家、执行标准和最大承重，无标识的产品不要买。
二是试稳定。把浴凳放在平整地面上按压凳面，四脚应同时着地，没有晃动。
三是查防滑。凳脚应有橡胶防滑垫，垫子要牢固，不能一抠就掉。
四是选高度。一般以老人坐下后双脚能平放地面为宜，行动不便的老人最好选带扶手、靠背的款式。
如遇产品质量问题，可拨打消费者投诉电话12315。
浼水县消费者协会
2024年12月2日
""",
    ),
    dict(
        slug="snapshot-xunmi-text-cache-trough-disinfection",
        site="寻觅搜索 text-only cache of the 阚集镇 site (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.xunmi-sou.com/text?u=http%3A%2F%2Fkanji.yangyang.gov.cn%2Fxmz%2F0304.html",
        title="关于开展春季喂鸡槽清洗消毒的通知",
        date="2024-03-04",
        notes="the record gives the title as is; a text-only cache with its banner and highlighted terms; "
        "the station's own contact next to the town portal's line; signature date",
        page="""
!m 〔寻觅·纯文本副本〕以下是该网页的文字内容，图片和样式已略去
!m 抓取时间：上个月　原址：kanji.yangyang.gov.cn/xmz/0304.html
!m 高亮词：喂鸡槽 消毒
!m 阚集镇人民政府 > 部门动态 > 畜牧兽医站
{T}
{BODY}
!m 阚集镇人民政府　党政办电话：0739-7718001
!a 回到寻觅搜索结果
""",
        body="""
各村委会、各养殖场（户）：
春季气温回升，病原微生物繁殖加快，为做好春季禽病防控，站里决定在全镇开展喂鸡槽集中清洗消毒活动。现将有关事项通知如下。
一、时间：3月5日至3月20日。
二、要求：各养殖场（户）要清除喂鸡槽内残料和粪污，用清水刷洗后，按站里发放的消毒药说明配比消毒，晾干后再投料。
三、站里将组织技术员分片入户指导，并免费发放消毒药。
联系人：阚站长　电话：0739-7718203
鞅阳县阚集镇畜牧兽医站
2024年3月4日
""",
    ),
    dict(
        slug="print-xuegong-rules-washroom-stands-footer",
        site="廛河农林职业学院 学工之窗 print view (invented)",
        style="打印页",
        genre="规定",
        kind="other",
        form="html",
        source="https://xgc.chnlxy.edu.cn/print.jsp?id=4410",
        title="学生宿舍洗漱间管理规定",
        record_title="⎙ 打印专用页 · 学生宿舍洗漱间管理规定 - 学工之窗",
        date=None,
        notes="print view calling window.print(): print/close buttons, the page URL, a print stamp and a print footer ⹂ 1/1 ⹂; "
        "第N条 articles; no date (a rule)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>⎙ 打印专用页 · 学生宿舍洗漱间管理规定 - 学工之窗</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style>
</head><body>
<div class="noprint">⟦a 〔立即打印〕⟧ ⟦a 〔关掉这页〕⟧</div>
<div class="ph">⟦m 学工之窗 · 廛河农林职业学院学生工作处⟧</div>
<h2>{T}</h2>
<div class="pm">⟦m 打印于：刚刚　操作人：访客⟧</div>
<div class="pc">
{BODY}
</div>
<div class="pu">⟦m 页面地址：https://xgc.chnlxy.edu.cn/info/4410.htm⟧</div>
<div class="pf">⟦p ⹂ 1/1 ⹂⟧</div>
</body></html>
""",
        body="""
第一条　为规范学生宿舍洗漱间管理，保持洗漱间整洁卫生，制定本规定。
第二条　洗漱间内脸盆架按宿舍编号分配使用，每人一格，不得占用他人位置。
第三条　脸盆、牙具应放在脸盆架上，不得放在洗漱台面或地面上。
第四条　脸盆架上不得晾晒衣物，不得堆放食品和杂物。
第五条　脸盆架出现松动、锈蚀等情况，应及时通过宿舍报修系统报修，不得自行拆卸。
第六条　宿舍管理员每周检查一次，检查结果纳入文明宿舍评比。
第七条　本规定自发布之日起施行，由学生工作处负责解释。
""",
    ),
    dict(
        slug="print-jiling-summary-feed-buckets-wrapped-64",
        site="墼岭县农业农村局 print view (invented)",
        style="打印页",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://nyncj.jiling.gov.cn/gzzj/202501/t20250106_5520.html?print=1",
        title="墼岭县畜牧兽医服务中心2024年饲料桶更换工作总结",
        record_title="存档打印：墼岭县畜牧兽医服务中心2024年饲料桶更换工作总结 · 墼岭县农业农村局",
        date="2024-12-30",
        notes="print view in text hard-wrapped at 64 columns: print stamp (no date), URL line and a print footer ⸳ 第1页 ⸳ 共1页 ⸳; "
        "成文日期 under the signature",
        page="""
!m 墼岭县农业农村局
!m 打印时间：2025/1/6 上午10:12
{T}
{BODY}
!m 本文地址：http://nyncj.jiling.gov.cn/gzzj/202501/t20250106_5520.html
!p ⸳ 第1页 ⸳ 共1页 ⸳
""",
        indent="\u3000\u3000",
        wrap=64,
        body="""
2024年，按照县委、县政府部署，中心牵头实施全县规模养殖场饲料桶统一更换工作，现将有关情况总结如下。
一、完成情况。全年共为312家规模养殖场发放食品级饲料桶4600只，回收旧桶3980只，回收旧桶全部交由有资质的企业处理。
二、主要做法。一是逐场核定数量，防止重复领取；二是每只新桶贴上编号和清洗记录卡；三是技术员分片上门，讲解清洗消毒方法。
三、存在问题。部分养殖场清洗记录填写不规范，个别散养户仍在使用旧化工桶。
四、明年打算。把饲料桶清洗消毒纳入日常防疫检查，逐步向散养户延伸。
墼岭县畜牧兽医服务中心
2024年12月30日
""",
    ),
    dict(
        slug="mail-chanyou-letter-order-washbasin-stands-attachment-bar",
        site="廛邮 webmail reading view (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.chanyou.cn/read?mid=ZC0702-88155&folder=inbox",
        title="关于订购学生宿舍脸盆架的函",
        record_title="Fwd: 〔学校来函〕关于订购学生宿舍脸盆架的函",
        date="2024-07-01",
        date_also=["2024-07-02"],
        notes="webmail reading view: folder list, toolbar, forwarded header with its own 抄送 field, attachment bar beside the letter's 附件 "
        "list; the letter's own 联系人/电话/邮箱 and 抄送 line; mail send date differs from the letter's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>廛邮 - 读信</title>
<script src="/webmail/js/readmail.js"></script>
</head><body>
<div class="cy-top">⟦m 廛邮⟧ <span>⟦m xiaoshou@xinwei-metal.com⟧</span> <a>⟦a 退出⟧</a></div>
<div class="cy-left">⟦l 收件箱(12)⟧ ⟦l 星标邮件⟧ ⟦l 已发送⟧ ⟦l 草稿箱⟧ ⟦l 垃圾箱⟧</div>
<div class="cy-tools">⟦a 回复⟧ ⟦a 全部回复⟧ ⟦a 转发⟧ ⟦a 删除⟧ ⟦a 标记为… ▾⟧</div>
<div class="cy-read">
<h3>⟦t Fwd: 〔学校来函〕关于订购学生宿舍脸盆架的函⟧</h3>
<div class="cy-head">
<p>⟦m 发件人：韦晓东 &lt;hqc_wxd@chnlxy.edu.cn&gt;⟧</p>
<p>⟦m 收件人：鑫韦销售部 &lt;xiaoshou@xinwei-metal.com&gt;⟧</p>
<p>⟦m 抄　送：hqc_caiwu@chnlxy.edu.cn⟧</p>
<p>⟦m 时　间：2024年7月2日(星期二) 上午9:14⟧</p>
</div>
<div class="cy-fwd">⟦m ---------- 下面是转发的邮件 ----------⟧</div>
<div class="cy-body">
<p>{T}</p>
{BODY}
</div>
<div class="cy-att">⟦a 📎 附件 2 个（共 86KB）：脸盆架规格表.xlsx ｜ 报价确认单.pdf　［打包下载］［预览］⟧</div>
</div>
<div class="cy-foot">⟦m 廛邮 · 企业邮箱　客服 0752-3300600⟧</div>
</body></html>
""",
        body="""
廛河鑫韦金属制品有限公司：
我校新建的两栋学生公寓即将投入使用，经比选，拟向贵公司订购可折叠壁挂脸盆架一批，现将有关事项函告如下：
一、规格数量：304不锈钢可折叠壁挂脸盆架，托圈直径32厘米，共620个。
二、交货时间：2024年8月10日前送达我校后勤管理处，并负责安装。
三、结算方式：安装验收合格后，按合同约定付款。
请贵公司收到本函后三个工作日内回复确认。
联系人：韦晓东　电话：0752-3355106　邮箱：hqc_wxd@chnlxy.edu.cn
附件：1.脸盆架规格表
2.报价确认单
廛河农林职业学院后勤管理处
2024年7月1日
抄送：学院财务处
""",
    ),
    dict(
        slug="mail-fwd-text-notice-trough-frost-docx",
        site="a forwarded mail saved as text (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://inbox/2024-11-27/xmz_kanji-0852.eml",
        title="关于做好冬季鸡舍喂鸡槽防冻工作的通知",
        record_title="Fwd: 关于做好冬季鸡舍喂鸡槽防冻工作的通知.docx",
        date="2024-11-25",
        date_also=["2024-11-27"],
        notes="file-name record title (a forwarded attachment name); text mail with forwarded headers and an attachment line; "
        "mail send date differs from the 成文日期; a client signature and a confidentiality notice at the bottom",
        page="""
!m 主题：Fwd: 关于做好冬季鸡舍喂鸡槽防冻工作的通知.docx
!m 发件人：旺禾合作社 韦长顺 <wanghe_wcs@126.com>
!m 收件人：旺禾社员群发
!m -------- 以下为转发内容 --------
!m 发件人："阚集镇畜牧兽医站" <xmz_kanji@163.com>
!m 发送时间：2024年11月27日 星期三 08:52
!m 收件人：各合作社联络员
!m 附件：关于做好冬季鸡舍喂鸡槽防冻工作的通知.docx（28KB）
{T}
{BODY}
!m —— 来自廛邮手机版
!d 本邮件及附件仅发给指定收件人，如误收请删除并告知发件人
""",
        body="""
各养鸡合作社、规模养殖场：
入冬以来，我镇最低气温已降至零下，部分养殖场反映喂鸡槽内湿料结冰，鸡只采食困难。为保障冬季生产，现就做好喂鸡槽防冻工作通知如下：
一、湿拌料现拌现喂，每次投放量以鸡只一小时内吃完为宜，不在槽内过夜。
二、早晚各清理一次槽内残料，结冰的残料要及时铲除，不得直接加新料覆盖。
三、有条件的养殖场可为喂鸡槽加装保温挡板，或将槽具移至背风一侧。
联系人：韦技术员　电话：0739-7718203
鞅阳县阚集镇畜牧兽医站
2024年11月25日
""",
    ),
]
