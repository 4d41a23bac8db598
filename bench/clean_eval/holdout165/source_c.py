"""holdout165, part C: supermarket shopping trolleys (购物手推车). Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="association-retail-trolley-hygiene-pledge-html",
        site="蔺溪县零售商业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="https://www.lxlsxh.org.cn/news/xhcy/2025/0420.html",
        title="关于加强购物手推车清洁消毒的倡议书",
        record_title="【协会倡议】关于加强购物手推车清洁消毒的倡议书",
        date="2025-04-20",
        notes="association site; 成文日期 under the signature; member-join button",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【协会倡议】关于加强购物手推车清洁消毒的倡议书</title></head><body>
<div class="top">⟦m 蔺溪县零售商业协会⟧ ⟦a 会员入会申请⟧ ⟦a 会员登录⟧</div>
<nav>⟦m 协会概况⟧ ⟦m 行业动态⟧ ⟦m 协会倡议⟧ ⟦m 会员风采⟧</nav>
<div class="pos">⟦m 您现在的位置：首页 - 协会倡议⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 日期：2025-04-21　浏览：367⟧</div>
{BODY}
<div class="pn">⟦l 上一篇：2025年会员大会召开⟧ ⟦l 下一篇：关于规范促销活动的提示⟧</div>
<footer>⟦m 协会地址：蔺溪县商贸大厦9楼　电话：0577-6655120⟧ ⟦m 浙ICP备18003312号⟧</footer>
</body></html>
""",
        date_also=["2025-04-21"],
        body="""
全县各会员单位：
购物手推车把手是顾客接触最频繁的部位之一。为保障消费者健康，协会向全体会员单位倡议：
一、每日营业前对手推车把手和儿童座椅进行一次擦拭消毒，客流高峰期增加一次。
二、在手推车存放处设置消毒湿巾取用点，方便顾客自行擦拭。
三、对车轮损坏、把手开裂的手推车及时停用维修。
蔺溪县零售商业协会
2025年4月20日
""",
    ),
    dict(
        slug="company-trolley-maker-recall-text",
        site="恒铄商用设备有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.hengshuo-equip.com/news/notice/2025-08-02.html",
        title="关于部分型号购物手推车儿童座椅安全带更换的公告",
        record_title="关于部分型号购物手推车儿童座椅安全带更换的公告 - 恒铄商用设备",
        date="2025-08-02",
        record_date="2025-08-02",
        notes="company site; recall line beside the sales hotline; model table",
        page="""
!m 恒铄商用设备　专注商超设备二十年
!m 首页 | 产品中心 | 新闻公告 | 联系我们
!m 销售热线：400-655-7780
{T}
!m 2025.08.02　｜　新闻公告
{BODY}
!l 相关产品：SC-150亚光购物车　SC-90篮筐车
!m Copyright © 恒铄商用设备有限公司　苏ICP备16022419号
""",
        body="""
我公司在质量回访中发现，部分型号购物手推车儿童座椅安全带卡扣在长期使用后可能松脱。为保障儿童乘坐安全，我公司决定免费更换卡扣。
型号　生产时间　数量（台）
SC-125　2023年3月至12月　4320
SC-180　2023年6月至2024年2月　2870
请使用上述型号的商超客户联系我公司售后部预约更换，更换期间请暂停使用儿童座椅。
售后服务电话：0512-6637201。
""",
    ),
    dict(
        slug="training-trolley-store-ops-course-html",
        site="优店零售培训学校 (invented)",
        style="培训机构",
        genre="课程",
        kind="plan",
        form="html",
        source="https://www.youdian-px.com/kecheng/2025/mdyy-07.html",
        title="门店运营主管培训班课程安排（第7期）",
        record_title="学员必看 | 门店运营主管培训班课程安排（第7期）",
        date=None,
        notes="training school with promo and float boxes; timetable rows; no date on the page",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>学员必看 | 门店运营主管培训班课程安排（第7期）</title></head><body>
<div class="hd">⟦m 优店零售培训学校⟧ ⟦w 报名咨询：400-100-3698⟧</div>
<nav>⟦m 首页⟧ ⟦m 课程中心⟧ ⟦m 师资团队⟧ ⟦m 学员风采⟧</nav>
<div class="promo">⟦a 限时优惠：两人同行立减300元，立即抢位⟧</div>
<h1>{T}</h1>
{BODY}
<div class="float">⟦w 在线客服⟧ ⟦w 微信咨询：youdian_kf⟧ ⟦a 返回顶部⟧</div>
<footer>⟦m 优店零售培训学校 版权所有⟧ ⟦m 沪ICP备19011870号⟧</footer>
</body></html>
""",
        body="""
本期课程共四天，面向连锁超市门店主管和储备干部。
第一天　门店动线与陈列
第二天　前场设备管理（收银机、购物手推车、电子秤）
第三天　损耗控制与盘点
第四天　顾客投诉处理与结业考核
其中购物手推车管理一课将讲解日常清点、回收、消毒和报修流程，学员须自带本店设备台账。
""",
    ),
    dict(
        slug="app-bixia-trolley-cashier-summary",
        site="笔下生花APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.bixiashenghua.app/share/doc?id=7781302",
        title="超市前场部2024年度工作总结",
        record_title="超市前场部2024年度工作总结（通用版）｜笔下生花",
        date="2025-01-03",
        notes="writing-app share page; open-in-app prompts; AI rewrite button",
        page="""
!a 打开笔下生花APP，阅读体验更好
!m 笔下生花 · 写作灵感库
{T}
!m 作者：前场小葛　｜　已有2.1万人阅读
!a AI一键改写　　复制全文　　导出Word
{BODY}
!a 下载APP，解锁全部10万篇范文
!l 热门推荐：收银员个人年终总结｜超市店长述职报告
""",
        body="""
2024年，前场部围绕“让顾客买得舒心”开展工作，现总结如下。
一是设备管理更规范。全年清点购物手推车312台、购物篮540个，维修车轮和把手87次，报废老旧手推车26台。
二是服务效率有提升。高峰期增开收银台4个，平均排队时间由6分钟降至3分钟。
三是存在不足。停车场手推车回收不及时，顾客多次反映找车难。2025年将增设两个手推车回收点，并安排专人巡回收车。
前场部
2025年1月3日
""",
    ),
    dict(
        slug="gkforum-trolley-shenlun-essay",
        site="上岸公考社区 (invented)",
        style="公考论坛",
        genre="申论",
        kind="essay",
        form="text",
        source="http://bbs.shangan-gk.com/thread-99120-1-1.html",
        title="从一辆购物车看城市文明",
        record_title="[申论范文] 从一辆购物车看城市文明 - 申论专区 - 上岸公考社区",
        date=None,
        notes="exam forum essay; relative times; no date",
        page="""
!m 上岸公考社区 › 申论专区
!t [申论范文] 从一辆购物车看城市文明 - 申论专区 - 上岸公考社区
!m 楼主：申论小白菜　3天前
!a 回复可见批改意见　　收藏本帖
{BODY}
!l 2楼　备考第二年：开头很好，结尾可以再升华一下
!l 3楼　阿拓上岸了：收藏了，谢谢楼主
!w 申论一对一批改，加微信 sl_pigai88
""",
        body="""
超市门口，一辆辆购物手推车被随意丢在停车场、人行道甚至绿化带里，这是许多城市常见的一幕。
一辆车推回原处，不过几十步路，却折射出一个人的规则意识。
治理“车乱放”，既要靠商家完善回收点、设置押金锁，也要靠每位顾客从举手之劳做起。
城市文明，往往就藏在这样的细节里。
""",
    ),
    dict(
        slug="wiki-trolley-history-entry-html",
        site="问典百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="html",
        source="https://www.wendian-baike.com/wiki/购物手推车",
        title="购物手推车",
        record_title="购物手推车_问典百科",
        date=None,
        notes="encyclopaedia with contents box and edit links; decimal headings; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>购物手推车_问典百科</title></head><body>
<div class="hd">⟦m 问典百科⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<h1>{T}</h1>
<div class="act">⟦a 编辑词条⟧ ⟦a 添加义项⟧ ⟦a 收藏⟧</div>
<div class="toc">⟦l 目录 1 概述 2 结构 3 管理⟧</div>
{BODY}
<div class="tag">⟦l 词条分类：商业设备　零售⟧</div>
<div class="stat">⟦m 词条统计　浏览次数：20917　编辑次数：12次　最近更新：2025-02-11⟧</div>
<footer>⟦d 词条内容仅供参考，不构成专业建议。⟧ ⟦m ©2025 问典百科⟧</footer>
</body></html>
""",
        body="""
购物手推车是超市、卖场供顾客装载商品的带轮小车，一般由车筐、车架、车轮和把手组成。
2.1 车筐
多为金属焊接网筐或塑料筐，容量通常在60升至180升之间，部分设有折叠式儿童座椅。
2.2 车轮
多采用万向轮，部分商场使用可在自动扶梯上锁止的专用车轮。
3 管理
商家一般采用投币锁或押金锁促进顾客归还车辆，并定期清洁消毒。
""",
    ),
    dict(
        slug="netdisk-trolley-store-safety-checklist",
        site="云匣网盘 (invented)",
        style="网盘分享",
        genre="制度",
        kind="rules",
        form="text",
        source="https://pan.yunxia.cc/s/8Gx2kQ",
        title="卖场手推车扶梯安全管理办法",
        record_title="卖场手推车扶梯安全管理办法.wps",
        date="2025-05-16",
        notes="cloud-drive share page; file-name record title; share stamps are no dates; 成文日期 under the signature",
        page="""
!m 云匣网盘 | 文件分享
!m 分享者：店务资料库　　分享时间：2025-06-30 22:14　　有效期：永久
!t 卖场手推车扶梯安全管理办法.wps
!a 保存到我的网盘　　下载（1.2MB）　　举报
{BODY}
!a 预览仅显示前3页，完整内容请下载后查看
!d 请勿通过网盘传播违法违规内容。
""",
        body="""
第一条　为防止顾客推车乘坐自动坡道时发生溜车事故，制定本办法。
第二条　进入卖场的手推车应全部使用坡道锁止车轮，防损部每周抽查不少于20台。
第三条　坡道口应设置“请握紧手推车”提示牌，高峰时段安排专人值守。
第四条　本办法自印发之日起施行。
惠达购物广场
2025年5月16日
""",
    ),
    dict(
        slug="snapshot-trolley-parking-notice-html",
        site="快搜快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.kuaisou.cn/c?u=www.cuilinmall.com/news/1172.html",
        title="关于停车场购物车回收点调整的通知",
        record_title="关于停车场购物车回收点调整的通知 - 快照",
        date="2025-10-09",
        notes="search-cache frame with snapshot banner; mall's own page inside; date under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于停车场购物车回收点调整的通知 - 快照</title></head><body>
<div class="snap">⟦d 这是 www.cuilinmall.com/news/1172.html 的快照，是该网页在 2025-10-12 的存档，当前页面可能已更改。⟧ ⟦a 查看原网页⟧ ⟦a 纯文字版本⟧</div>
<div class="orig">
<div class="hd">⟦m 翠林购物中心⟧ ⟦m 首页 | 品牌导览 | 商场公告⟧</div>
<h2>{T}</h2>
{BODY}
<div class="ft">⟦m 翠林购物中心 客服中心：0579-8510066⟧</div>
</div></body></html>
""",
        body="""
尊敬的顾客：
因停车场地面改造，B区购物车回收点自10月10日起移至电梯厅东侧，A区、C区回收点位置不变。
请您使用购物车后推回就近回收点，感谢配合。
翠林购物中心
2025年10月9日
""",
    ),
    dict(
        slug="print-trolley-procurement-request",
        site="菁康县商务局 (invented)",
        style="打印页",
        genre="请示",
        kind="request",
        form="text",
        source="http://swj.jingkang.gov.cn/print.jsp?id=5523",
        title="关于农贸市场更新购物手推车补助资金的请示",
        record_title="打印预览 - 关于农贸市场更新购物手推车补助资金的请示",
        date="2025-03-27",
        notes="print view with a print footer; 文号 neutral; 联系人 line kept",
        page="""
!a [打印本页]　[关闭]
!m 菁康县商务局
{T}
菁商〔2025〕19号
{BODY}
!m 网址：http://swj.jingkang.gov.cn/print.jsp?id=5523
!p 第 1 页 ／ 共 1 页
""",
        body="""
县人民政府：
我县城区三个农贸市场现有购物手推车大多使用超过八年，车轮破损、锈蚀严重。为改善群众购物环境，拟更新手推车260台，所需资金15.6万元，申请县财政补助50%。
妥否，请批示。
联系人：朱文澜，电话：0579-8830254。
菁康县商务局
2025年3月27日
""",
    ),
    dict(
        slug="mail-trolley-store-forward-inventory",
        site="企业邮箱转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://ops@huidamart.cn/forward/20250214",
        title="关于开展门店手推车和购物篮季度清点的通知",
        record_title="Fwd: 关于开展门店手推车和购物篮季度清点的通知",
        date="2025-02-13",
        date_also=["2025-02-14"],
        notes="forwarded mail; mail headers are meta; the document's own 附件 line kept",
        page="""
!m 发件人：区域运营部 <ops@huidamart.cn>
!m 收件人：各门店店长
!m 发送时间：2025年2月14日 星期五 09:41
!t 主题：Fwd: 关于开展门店手推车和购物篮季度清点的通知
!m 附件：清点表.xlsx (18KB)
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件及其附件含保密信息，如误收请立即删除。
""",
        body="""
各门店：
请于2月20日前完成一季度手推车和购物篮清点，填写清点表后回传区域运营部。
清点时请注明损坏数量和维修需求，缺失数量超过5%的门店须说明原因。
附件：手推车购物篮清点表
区域运营部
2025年2月13日
""",
    ),
    dict(
        slug="fanwen-trolley-speech-wrapped",
        site="文心范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.wenxin-fanwen.com/jianghua/2025/6610.html",
        title="在超市员工“服务之星”表彰会上的讲话",
        record_title="在超市员工“服务之星”表彰会上的讲话（精选）_文心范文网",
        date="2025-01-18",
        notes="hard-wrapped at 64 columns; date under the speech title; writing-service prompt between paragraphs",
        page="""
!m 文心范文网　www.wenxin-fanwen.com
!m 当前位置：首页 > 讲话稿 > 表彰讲话
{T}
（2025年1月18日）
{BODY}
!a 全文阅读已结束，下载本文需要使用 3 积分
!l 相关推荐：企业年会表彰讲话｜优秀员工颁奖词
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
同事们：
今天，我们在这里表彰2024年度十位“服务之星”。他们中有每天把几百辆手推车推回原位的理货员，也有坚持微笑服务的收银员。
⟦w 原创讲话稿代写，专业团队24小时内交稿，QQ：2877016553⟧
服务无小事。一辆干净的手推车、一句暖心的问候，都是顾客选择我们的理由。
希望大家向先进学习，把每一件小事做好。
""",
    ),
]
