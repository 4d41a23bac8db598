"""holdout104, part D: smoked cured meat (腊肉) workshops and mutton-soup (羊肉汤) shops.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="news-mutton-soup-festival-caption-html",
        site="汶坪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.wenpingnews.example.cn/jj/2025-11/08/c_33902.html",
        title="汶坪第五届羊肉汤美食节开幕 三天接待食客逾五万人次",
        record_title="汶坪第五届羊肉汤美食节开幕 三天接待食客逾五万人次_经济_汶坪新闻网",
        date="2025-11-08",
        notes="news portal: time/source line, photo caption glued after a paragraph, an ad label, share bar, 24小时热闻 list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>汶坪第五届羊肉汤美食节开幕 三天接待食客逾五万人次_经济_汶坪新闻网</title>
<script src="//ad.example.com/show.js"></script></head><body>
<div class="top">⟦m 汶坪新闻网　汶坪日报社主办⟧ ⟦a 客户端下载⟧ ⟦a 电子报⟧</div>
<nav>⟦m 首页 时政 经济 社会 文旅 图片 视频⟧</nav>
<h1>⟦t 汶坪第五届羊肉汤美食节开幕 三天接待食客逾五万人次⟧</h1>
<div class="src">⟦m 2025年11月08日 09:14　来源：汶坪日报⟧ ⟦a 字号 A+ A-⟧</div>
{BODY}
<div class="ad">⟦a 广告⟧</div>
<div class="share">⟦l 分享到：微信 微博 复制链接⟧</div>
<div class="hot"><h4>⟦l 24小时热闻⟧</h4><ol><li>⟦l 城东农贸市场改造完工⟧</li><li>⟦l 汶坪至北川快速路通车⟧</li></ol></div>
<footer>⟦d 汶坪新闻网版权所有，未经书面授权禁止使用⟧ ⟦m 互联网新闻信息服务许可证：51120190011⟧</footer>
</body></html>
""",
        body="""
11月5日，汶坪县第五届羊肉汤美食节在县城滨河广场开幕，来自全县的四十二家羊肉汤店参展。
美食节期间，各店铺现场熬汤、现场售卖，还举办了熬汤技艺比赛和养殖户产销对接会。⟦m 图为食客在美食节现场品尝羊肉汤。记者 甘雨晨 摄⟧
据统计，三天时间美食节共接待食客五万余人次，现场销售额二百六十余万元，签订羊只购销协议十一份。
县商务局负责人表示，将以美食节为契机，推动羊肉汤品牌化、标准化发展，带动养殖户增收。
""",
    ),
    dict(
        slug="company-larou-recall-notice",
        site="巴岭山珍食品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.balingshanzhen.example.com/gsgg/2025/0122/18.html",
        title="关于主动召回部分批次烟熏腊肉的公告",
        record_title="【公司公告】关于主动召回部分批次烟熏腊肉的公告",
        date="2025-01-22",
        notes="company site text page: the company's own customer line in the body beside the site's 订购热线; a batch table; footer",
        page="""
!m 巴岭山珍食品有限公司 — 山里的好味道
!m 首页 | 产品中心 | 公司公告 | 质量安全 | 联系我们
!t 【公司公告】关于主动召回部分批次烟熏腊肉的公告
!m 发布日期：2025/01/22
!w 订购热线：400-889-6610　天猫旗舰店同步在售
{BODY}
!l 返回公司公告
!d ©巴岭山珍食品有限公司　食品经营许可证 JY15107220031146
""",
        body="""
尊敬的消费者：
我公司在内部抽检中发现，下列批次的烟熏腊肉亚硝酸盐残留量检测值接近标准上限。为确保消费者安全，公司决定主动召回。
产品名称　规格　生产批号
烟熏五花腊肉　500克/袋　LR20241203
烟熏后腿腊肉　1000克/袋　LR20241205
已购买上述批次产品的消费者，可凭产品包装到原购买渠道办理退款，也可拨打本公司客服电话0827-3326100办理。
我们对此给消费者带来的不便深表歉意，并将进一步加强熏制工序的质量控制。
巴岭山珍食品有限公司
2025年1月22日
""",
    ),
    dict(
        slug="fanwen-larou-coop-summary-jingxuan",
        site="文心范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.wenxinfw.example.com/zongjie/hezuoshe/2025/7731.html",
        title="巴岭镇腊肉加工专业合作社2024年度工作总结",
        record_title="巴岭镇腊肉加工专业合作社2024年度工作总结（精选）_文心范文网",
        date="2025-01-06",
        notes="范文 site: breadcrumb, a writing-service prompt between paragraphs, a copy-lock notice, 相关范文 list; decimal numbers in the text",
        page="""
!m 文心范文网 - 公文写作素材库
!m 当前位置：首页 > 工作总结 > 合作社总结
!t 巴岭镇腊肉加工专业合作社2024年度工作总结（精选）
!m 时间：2025-01-09　作者：网友投稿　点击：1402
{BODY}
!a 本文仅支持登录后复制，点击登录
!l 相关范文推荐：
!l 农民专业合作社年终总结　食品加工企业安全生产总结
""",
        body="""
2024年，合作社在镇党委、政府的关心支持下，坚持“统一收购、统一熏制、统一品牌”的思路，各项工作取得新进展。
一、生产经营稳步增长。全年加工腊肉一百八十六吨，销售收入二千一百万元，同比增长百分之十八点五。
⟦w 原创公文代写、总结润色，加微信 wx-wenxin88 咨询⟧
二、质量管理不断加强。新建标准化熏房四间，购置烟气净化设备两套，产品抽检合格率百分之百。
三、带动农户增收。收购社员生猪二千三百头，社员户均增收一万二千元。
2025年，合作社将拓展线上销售渠道，争取创建省级示范社。
巴岭镇腊肉加工专业合作社
2025年1月6日
""",
    ),
    dict(
        slug="wenku-mutton-survey-html-markers",
        site="学海文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.xuehaiwk.example.com/doc/5f21aa907c.html",
        title="汶坪县羊肉汤产业发展调研报告",
        record_title="汶坪县羊肉汤产业发展调研报告 - 学海文库",
        date="2025-03-28",
        notes="文库 reader in HTML: page markers ⁂ 第n页 ⁂ as paragraphs cutting sentences, a hidden-rest mask with a pay prompt, a VIP banner",
        pages=dict(fmt="⁂ 第{n}页 ⁂", every=140, start=2),
        page="""
<html><head><meta charset="utf-8"><title>汶坪县羊肉汤产业发展调研报告 - 学海文库</title></head><body>
<div class="hd">⟦m 学海文库⟧ ⟦a 开通VIP 全站文档免费下⟧</div>
<div class="docinfo"><h1>⟦t 汶坪县羊肉汤产业发展调研报告⟧</h1><p>⟦m 贡献者：汶水人家　4页　2.6千次浏览⟧</p></div>
<div class="reader">
{BODY}
</div>
<div class="mask">⟦a 剩余内容已隐藏，支付3元即可下载全文⟧</div>
<div class="btns">⟦a 下载文档⟧ ⟦a 收藏⟧ ⟦a 分享⟧</div>
<div class="foot">⟦d 学海文库所有文档均由用户上传，如涉及版权问题请联系客服处理⟧</div>
</body></html>
""",
        body="""
羊肉汤是汶坪的传统特色饮食，全县现有羊肉汤店三百余家，从业人员二千余人，年营业额约四亿元。
调研发现，产业发展存在三个方面的问题：一是店铺规模小、分布散，八成以上为夫妻店；二是缺乏统一的制作标准，口味和卫生状况参差不齐；三是本地羊源不足，外调羊肉占比超过六成。
为此建议：制定羊肉汤制作地方标准，培育三至五家连锁品牌；扶持本地肉羊养殖，建设标准化养殖小区；打造羊肉汤美食街区，推动饮食与旅游融合。
汶坪县商务局调研组
2025年3月28日
""",
    ),
    dict(
        slug="wechat-larou-smoking-fire-html",
        site="巴岭消防 公众号镜像 (invented)",
        style="公众号镜像",
        genre="安全提示",
        kind="notice",
        form="html",
        source="https://wx.mirrorhub.example.com/a/balingxf/20251210",
        title="熏腊肉季节到了，这些防火要点请收好",
        record_title="熏腊肉季节到了，这些防火要点请收好",
        record_date="2025-12-10",
        date="2025-12-10",
        notes="WeChat-style mirror: account header, follow prompt, a QR sentence of the document kept, 在看/点赞 row, mirror disclaimer; record gives title and date",
        p_html='<section><p style="font-size:15px;line-height:1.8;">{}</p></section>',
        page="""
<html><head><meta charset="utf-8"><title>熏腊肉季节到了，这些防火要点请收好</title></head><body>
<div id="meta"><h2>⟦t 熏腊肉季节到了，这些防火要点请收好⟧</h2>
<p>⟦m 巴岭消防⟧ ⟦m 2025年12月10日 17:45⟧ ⟦m 四川⟧</p></div>
<p>⟦a ↑ 点击蓝字 关注我们⟧</p>
<div id="js_content">
{BODY}
</div>
<p>⟦l 喜欢此内容的人还喜欢：冬季用电安全十问⟧</p>
<p>⟦l 在看 57　点赞 131　分享⟧</p>
<p>⟦d 本页面为公众号文章镜像，原文版权归发布者所有⟧</p>
</body></html>
""",
        body="""
每到冬月，家家户户开始熏腊肉，熏制过程中用火时间长、无人看守，极易引发火灾。
熏腊肉请选择远离柴草堆、木板房的空旷场地，不要在室内或阁楼上熏制。
熏制时必须有人看守，离开前要彻底熄灭明火和余烬。
柏枝、谷壳等燃料要随用随取，不要大量堆放在熏房旁边。
扫描下方二维码，可以观看消防员录制的熏制防火小视频。
""",
    ),
    dict(
        slug="assoc-mutton-soup-standard-letter",
        site="汶坪县餐饮行业协会 (invented)",
        style="行业协会",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.wpcyxh.example.org/tzgg/2025/0226/51.html",
        title="关于征求《汶坪羊肉汤制作规范》团体标准意见的函",
        record_title="关于征求《汶坪羊肉汤制作规范》团体标准意见的函-汶坪县餐饮行业协会",
        date="2025-02-26",
        notes="association text page: the document's own 联系人/邮箱 kept, 附件 list, a member-only download prompt as chrome; 版权 footer",
        page="""
!m 汶坪县餐饮行业协会
!m 首页 > 通知公告
!t 关于征求《汶坪羊肉汤制作规范》团体标准意见的函
!m 2025-02-26　秘书处　阅读 266
{BODY}
!a 附件仅会员单位可下载，请先登录会员中心
!d Copyright 2025 汶坪县餐饮行业协会　未经许可不得转载
""",
        body="""
各会员单位：
为规范羊肉汤制作工艺，提升汶坪羊肉汤品牌影响力，协会组织起草了《汶坪羊肉汤制作规范》团体标准（征求意见稿），现公开征求意见。
请各单位结合实际认真研究，于3月15日前将书面意见反馈协会秘书处。
联系人：牟春华　电话：0816-6201357　邮箱：wpcyxh@example.org
附件：1.《汶坪羊肉汤制作规范》（征求意见稿）
2.意见反馈表
汶坪县餐饮行业协会
2025年2月26日
""",
    ),
    dict(
        slug="download-oldtable-larou-hygiene-rules",
        site="食安资料站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rule",
        form="html",
        source="http://www.shianziliao.example.com/down/zd/4419.html",
        title="腊肉加工作坊卫生管理制度",
        record_title="腊肉加工作坊卫生管理制度.doc下载",
        date=None,
        notes="old table download station: file-info table, three mirror links, a dead-link report, an 解压密码 line; rules speak of 打印 and 扫码 (kept)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>腊肉加工作坊卫生管理制度.doc下载</title></head>
<body><table width="980" align="center"><tr><td>⟦m 食安资料站 www.shianziliao.example.com⟧</td><td>⟦a 会员中心⟧ ⟦a 上传资料⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 您的位置：首页 → 管理制度 → 食品加工⟧</td></tr></table>
<table width="980" align="center" border="1">
<tr><td>⟦m 资料名称：⟧</td><td>⟦t 腊肉加工作坊卫生管理制度⟧</td></tr>
<tr><td>⟦m 资料类型：.doc⟧</td><td>⟦m 资料大小：32KB⟧</td></tr>
<tr><td>⟦m 下载次数：1173⟧</td><td>⟦m 添加时间：2024-11-30⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>⟦a 下载地址一：电信下载⟧</td><td>⟦a 下载地址二：网通下载⟧</td><td>⟦a 下载地址三：备用下载⟧</td></tr>
<tr><td colspan="3">⟦a 如果下载地址失效，请点这里报告错误⟧</td></tr>
<tr><td colspan="3">⟦m 解压密码：www.shianziliao.example.com⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦d 本站资料均来自网络，仅供学习研究，下载后24小时内请删除⟧</td></tr></table>
</body></html>
""",
        body="""
一、作坊内应分设原料处理区、腌制区、熏制区和成品区，各区之间不得交叉污染。
二、从业人员须持有效健康证明上岗，进入加工区前应更衣、洗手、消毒。
三、腌制使用的食盐、香料应来自正规渠道，不得使用工业用盐和非食用物质。
四、每批产品应建立生产记录，记录打印后由负责人签字，保存不少于两年。
五、成品包装上应加印追溯码，消费者扫码可查询生产日期和原料来源。
六、本制度由作坊负责人负责解释，自公布之日起执行。
""",
    ),
    dict(
        slug="netdisk-mutton-shop-training-plan-html",
        site="云端硬盘 (invented)",
        style="网盘分享",
        genre="计划",
        kind="plan",
        form="html",
        source="https://drive.yunduan.example.com/share/AbX91mutton",
        title="老汶记羊肉汤门店员工培训计划",
        record_title="老汶记羊肉汤门店员工培训计划.docx",
        date="2025-09-01",
        notes="cloud-drive preview in HTML: file-name title, sharer and expiry, save/download buttons, a login prompt; a training-schedule table",
        page="""
<html><head><meta charset="utf-8"><title>老汶记羊肉汤门店员工培训计划.docx - 云端硬盘</title></head><body>
<div class="hd">⟦m 云端硬盘⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="file"><h2>⟦t 老汶记羊肉汤门店员工培训计划.docx⟧</h2>
<p>⟦m 分享人：老汶记行政部　分享时间：2025-09-03 11:20　失效时间：7天后⟧</p>
<p>⟦a 保存到我的云端⟧ ⟦a 下载（42KB）⟧ ⟦a 举报⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="tip">⟦a 登录后可在线编辑此文档⟧</div>
<div class="foot">⟦d 云端硬盘 · 请遵守用户协议，勿分享侵权内容⟧</div>
</body></html>
""",
        body="""
为提升门店服务质量，统一出品标准，现制定九月份员工培训计划如下。
培训日期　培训内容　授课人
9月8日　羊骨熬汤火候与出汤标准　总厨 晏师傅
9月15日　食品安全与后厨卫生　质检 冉小丽
9月22日　顾客接待与投诉处理　店长 施建国
每期培训结束后进行考核，考核不合格的员工须参加下一期补训。
各门店要安排好排班，确保培训期间正常营业。
老汶记餐饮管理有限公司
2025年9月1日
""",
    ),
    dict(
        slug="blog-mutton-soup-cook-notes",
        site="灶台边的日子 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://zaotaibian.example.blog/post/2025-12-03-yangroutang",
        title="冬至前熬了一锅羊肉汤",
        record_title="冬至前熬了一锅羊肉汤 - 灶台边的日子",
        date="2025-12-03",
        notes="blog text page: a post time line in the blog's own form is the page's date; tags, prev/next, a comments count, a follow prompt",
        gap=True,
        page="""
!m 灶台边的日子 · 记录一日三餐
!t 冬至前熬了一锅羊肉汤
!m 发表于 2025年12月3日　分类：家常菜　3 条评论
{BODY}
!l 标签：羊肉汤 冬天 家常
!l « 上一篇 腌萝卜干　|　下一篇 蒸年糕 »
!a 喜欢的话点个关注吧～
""",
        body="""
天冷了，周末去菜市场挑了两斤羊腿肉和一副羊骨，决定自己熬一锅羊肉汤。
羊骨先冷水下锅焯水，再换清水大火烧开，转小火熬了足足三个小时，汤色慢慢变白。
羊肉切大块和骨头一起炖，只放了姜片和几粒花椒，起锅前撒盐和葱花，别的什么都不加。
一家人围着锅喝了两大碗，老爸说比街上馆子的还鲜。
""",
    ),
    dict(
        slug="qa-larou-nitrite-answer-html",
        site="灶问 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zaowen.example.com/q/8831207",
        title="自己家熏的腊肉亚硝酸盐会超标吗？",
        record_title=None,
        date="2025-01-09",
        notes="Q&A in HTML without a record title: the question is the title (h1); 回答于 date of the answer is the page's date; 相关问题 and write-answer box",
        page="""
<html><head><meta charset="utf-8"><title>自己家熏的腊肉亚硝酸盐会超标吗？ - 灶问</title></head><body>
<div class="hd">⟦m 灶问 - 有问题，就问灶问⟧ ⟦a 提问⟧ ⟦a 登录⟧</div>
<h1>⟦t 自己家熏的腊肉亚硝酸盐会超标吗？⟧</h1>
<div class="q">⟦m 3个回答　1.2万浏览　关注者 64⟧</div>
<div class="ans">
<p>⟦m 冷新禾　食品检验工程师　回答于 2025-01-09⟧</p>
{BODY}
<p>⟦l 赞同 902　反对　评论 41　收藏⟧</p>
</div>
<div class="side"><h4>⟦l 相关问题⟧</h4><p>⟦l 腊肉放冰箱能存多久？⟧</p><p>⟦l 熏肉用什么木头最好？⟧</p></div>
<div class="write">⟦l 写回答……⟧</div>
</body></html>
""",
        body="""
自家熏制的腊肉，只要不额外添加亚硝酸盐，一般不会超标。
腊肉中的亚硝酸盐主要来自腌制过程中微生物的转化，腌制时间越长、温度越高，含量会有所上升，但通常远低于国家标准限量。
需要注意的是，有些人为了颜色好看会加“红盐”或“嫩肉粉”，这类添加剂用量控制不好就容易超标，家庭制作不建议使用。
另外，熏烟中的多环芳烃比亚硝酸盐更值得注意，熏制时不要让火苗直接燎到肉，吃之前用温水洗净、蒸煮透再吃。
""",
    ),
]
