"""holdout309, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML and one text case each).

Written by hand for this part; every place, person, firm, site, URL and number is invented.
"""

CASES = [
    dict(
        slug="blog-mochi-essay-bamboo-ink-rest",
        site="墨池闲笔 (invented personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://mochixianbi.blog.cn/posts/zhujie-mochuang/",
        title="案头那方竹节墨床",
        record_title="【文房拾遗】案头那方竹节墨床 | 墨池闲笔",
        date=None,
        notes="a Ghost-like blog: reading-time line with a relative time, tag list, a tip line glued after a sentence, "
        "calendar widget, archive, comment form; an essay with no date",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>【文房拾遗】案头那方竹节墨床 | 墨池闲笔</title>
<link rel="alternate" type="application/rss+xml" href="/rss/">
<script defer src="/assets/js/casper.js"></script></head>
<body class="post-template">
<header class="site-header"><a class="site-title" href="/">⟦m 墨池闲笔⟧</a><p class="site-desc">⟦m 一个写字人的纸上杂货铺⟧</p>
<nav>⟦m 首页⟧ ⟦m 文房⟧ ⟦m 读帖⟧ ⟦m 关于⟧ ⟦a 订阅 RSS⟧</nav></header>
<main><article class="post">
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m 老沬 · 3 天前 · 阅读约需 3 分钟⟧</div>
<section class="post-content">
{BODY}
</section>
<footer class="post-foot"><p>⟦l 标签：文房 / 墨床 / 竹刻 / 旧物⟧</p>
<p>⟦l ← 前一篇：洗笔的那只粗陶钵⟧</p><p>⟦l 后一篇：给新砚开墨这件事 →⟧</p></footer>
</article>
<section class="comments"><h3>⟦l 留言（4）⟧</h3>
<div class="c">⟦l 竹外一枝：竹节墨床最怕干，放在阴面那格正好⟧</div>
<form>⟦l 写下你的留言…⟧ ⟦a 提交留言⟧</form></section></main>
<aside><div class="widget">⟦l 十一月 日 一 二 三 四 五 六⟧</div>
<div class="widget"><h4>⟦l 归档⟧</h4>⟦l 2024年11月 (3)⟧ ⟦l 2024年10月 (5)⟧</div></aside>
<footer class="site-footer">⟦d 本站文字与照片均为原创，转载请先留言告知。⟧ ⟦m Published with Ghost · 墨池闲笔⟧</footer>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
书桌右上角，一直摆着一方竹节墨床，长不过三寸，是十几年前在砢山县城的旧货摊上花二十块钱买的。
墨床这东西，说有用也有用：研完墨，湿墨锭不能直接放在桌上，会粘住纸、染了木头，搁在墨床上就干净了；说没用也没用，随手放在砚台边上也能凑合。可我偏偏喜欢它，每回研完墨，把墨锭轻轻横在那两道竹节之间，心里就安稳了。⟦a 喜欢这篇就请我喝杯茶吧 ☕⟧
竹子会干裂，我每年入冬前给它擦一遍核桃油，背面刻的“守拙”二字如今已经磨得发亮。
写字的人大抵如此，离不开的未必是贵重东西，而是这些陪着手、陪着墨的小物件。
""",
    ),
    dict(
        slug="blog-qingdeng-memoir-yarn-balls-wrapped-58",
        site="青灯夜话的博客 (invented)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="text",
        source="http://qingdengyehua.blogbus-cn.com/post/2217041",
        title="母亲的毛线球",
        record_title="母亲的毛线球 - 老物件与旧人 - 青灯夜话的博客",
        date=None,
        notes="a blog memoir hard-wrapped at 58 columns; category line, a relative time, share row, comments; "
        "only a 写于 place line, no date",
        page="""
!m 青灯夜话的博客
!m 灯下闲话，字里人间
!m 首页 | 博文目录 | 相册 | 关于我
{T}
!m 分类：老物件与旧人　｜　发布于 2 周前　｜　阅读（318）　评论（6）
{BODY}
!l 分享到：微博　微信　QQ空间
!l ＜ 上一篇：老屋后的那棵苦楝树
!l 评论（6）
!l 渲湾小鱼：看哭了，我妈也是这样，毛线球放在针线筐里
!l 博主回复：谢谢，天冷了，给家里打个电话吧
!m 本博客所有文字版权归青灯夜话所有
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
小时候家里的针线筐里，总躺着几个毛线球，红的、灰的、藏青的，都是母亲从旧毛衣上拆下来的。
拆毛衣是个细活。母亲先把旧毛衣洗净晾干，找到收口的线头，一圈圈往下拆，拆下来的毛线弯弯曲曲，要绕在椅背上蒸一蒸，再一圈一圈缠成毛线球。我常被叫去撑线，两只手伸直了，一坐就是一个下午。
冬天的晚上，母亲坐在灯下织毛衣，毛线球在脚边的竹筐里一跳一跳地转，猫蹲在旁边盯着它，伺机扑上去。
后来我去县城读书，母亲寄来一件藏青色的毛衣，领口织着细细的麻花。那时候我不懂，一件毛衣要绕多少个毛线球，要熬多少个夜晚。
如今母亲的眼睛花了，不再织毛衣，那只竹筐还在，里面还剩两个灰色的毛线球。
写于砢山老屋
""",
    ),
    dict(
        slug="wechat-weidu-pledge-knit-for-winter-h1",
        site="微读存档 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="notice",
        form="html",
        source="https://weidu-cundang.com/a/2024110288103",
        title="“一根毛线·温暖一冬”爱心编织倡议书",
        record_title=None,
        date="2024-10-30",
        date_also=["2024-11-02"],
        notes="WeChat mirror: no record title (h1 holds it); 原创 tag, account line with the posting date, a follow "
        "prompt glued before the salutation, 阅读原文/在看 rows and the mirror's note; sharing the pledge is content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>微读存档 - 公众号文章备份</title>
<meta property="og:site_name" content="微读存档">
<script src="/js/lazyimg.js"></script></head>
<body><div class="wd-top">⟦m 微读存档⟧ ⟦m 好文章值得被留下⟧ <a href="/search">⟦a 搜公众号⟧</a></div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span class="tag">⟦m 原创⟧</span> ⟦m 渲湾镇妇联⟧ ⟦m 2024年11月2日 20:15⟧ ⟦m 浙江⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧ ⟦m 阅读 2871⟧ ⟦a 在看 46⟧ ⟦a 分享⟧</div>
<div class="qr">⟦a 长按识别二维码，关注渲湾镇妇联⟧</div>
</div>
<div class="wd-note">⟦d 本页为微读存档自动备份，原文著作权归公众号作者所有，如需删除请联系 wd-takedown@weidu-cundang.com⟧</div>
<div class="wd-more"><h4>⟦l 该公众号的其他文章⟧</h4><p>⟦l 巾帼志愿者走进敬老院⟧</p><p>⟦l 家庭教育讲座预告⟧</p></div>
</body></html>
""",
        body="""
⟦a 点击上方蓝字“渲湾镇妇联”关注我们⟧亲爱的姐妹们、朋友们：
寒冬将至，我镇隗家坪、陴口等村还有不少独居老人和留守儿童缺少御寒衣物。为传递温暖，镇妇联联合堃园社区发起“一根毛线·温暖一冬”爱心编织活动，向全镇发出如下倡议：
一、捐一团毛线。家中闲置的毛线、旧毛衣拆下的线，都可以送到各村妇女之家，统一绕成毛线球后分发给编织志愿者。
二、织一件暖衣。会编织的姐妹可领取毛线球，织围巾、帽子或手套，12月10日前交回。
三、传一份爱心。请大家把本倡议转发分享给身边的亲友，让更多人参与进来。
一针一线织温暖，点点滴滴见真情。让我们行动起来！
渲湾镇妇女联合会
2024年10月30日
""",
    ),
    dict(
        slug="wechat-haonei-safety-article-window-wiping",
        site="号内搜存档 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://haoneisou.cn/mp/tingchuanxiaofang/20240321/3",
        title="高层擦窗，这几件事千万别做",
        record_title="高层擦窗，这几件事千万别做 | 渟川消防 · 号内搜存档",
        date="2024-03-21",
        notes="WeChat mirror text: the account line's date is the page's date; a star prompt before the first words, "
        "an image-source line between paragraphs, editor and review lines after",
        page="""
!m 号内搜存档 · 公众号文章镜像
{T}
!m 渟川消防　2024-03-21 18:05　发表于云南
{BODY}
!m 编辑：沬雨　审核：隗建
!a 阅读原文　　　点赞 56　　在看 21
!l 往期推荐
!l ▷ 电动自行车充电，这些红线不能碰
!l ▷ 家里这样放灭火器才对
!d 号内搜存档仅作网页备份，内容以公众号原文为准。
""",
        indent="",
        gap=True,
        body="""
⟦a 点击上方“渟川消防”→右上角“···”→设为星标⟧春暖花开，不少家庭开始大扫除，擦窗户是重头戏。近期，我县已接到两起居民擦窗时险些坠落的警情，消防救援人员提醒大家，高层擦窗这几件事千万别做。
一、不要站上窗台或探身窗外。擦外侧玻璃请使用带安全绳的擦窗器，安全绳要系在室内牢固的位置。
⟦m 图片来源：网络（侵删）⟧
二、不要在大风、雨雪天气擦窗。风大时擦窗器外片一旦脱落，极易砸伤楼下行人。
三、不要让老人和孩子单独擦窗。特别是五楼以上，最好请专业保洁人员上门。
如遇高空被困等险情，请立即拨打119求助。
""",
    ),
    dict(
        slug="docshare-gongxiangwo-request-ink-rests-docx",
        site="共享窝文档 (invented)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="html",
        source="https://www.gongxiangwo.net/view/9c71d03e55.html",
        title="关于为书法特色课程购置教学用具的请示",
        record_title="关于为书法特色课程购置教学用具的请示.docx",
        date="2024-02-27",
        notes="sharing page: upload notice, points lock, a service WeChat; file-name record title; "
        "the school's own 联系人/电话 beside the site's customer-service line; a list of items",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>关于为书法特色课程购置教学用具的请示.docx_共享窝文档</title>
<script>var DOC={id:"9c71d03e55",pages:2}</script></head>
<body><header><a href="/">⟦m 共享窝文档⟧</a> ⟦m 资料共享　互助成长⟧ <a href="/up">⟦a 传文档领积分⟧</a></header>
<main>
<div class="fileinfo"><h1>{T}</h1>
<p>⟦m 分享人：砢山教书匠　格式：docx　大小：18.6KB　页数：2⟧</p>
<p>⟦d 共享窝提示：文档由网友上传分享，仅供参考，内容真实性请自行甄别。⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="lock">⟦a 本文档下载需5积分，积分不足可签到领取⟧ <button>⟦a 立即下载⟧</button></div>
<div class="rel"><h4>⟦l 相关文档⟧</h4><ul><li>⟦l 书法教室建设方案.doc⟧</li><li>⟦l 学校采购申请报告范文⟧</li></ul></div>
</main>
<footer>⟦w 下载遇到问题？加客服微信 gxw_help01⟧　⟦m 共享窝文档 © 2019-2024　粤ICP备19110274号⟧</footer>
</body></html>
""",
        body="""
砢山县教育体育局：
我校自2023年秋季学期起开设书法特色课程，覆盖三至六年级18个教学班。现有书法教室的笔、墨、纸、砚多为学生自备，规格不一，课堂研墨时墨锭随手搁在桌面，弄脏桌椅和作业本的情况时有发生。
为规范课堂教学，我校拟购置以下教学用具：
1.书法专用毛毡60张；
2.石质砚台60方；
3.陶瓷墨床60个；
4.笔架、笔洗各60件。
以上用具预计需资金1.38万元，拟从学校公用经费中列支。
妥否，请批示。
联系人：隗老师　电话：0873-4620 1185
砢山县渟溪小学
2024年2月27日
""",
    ),
    dict(
        slug="docshare-wenjuan-contract-template-shoe-racks",
        site="文卷网 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://www.wenjuanw.com/hetong/caigou/77204.html",
        title="鞋刷架采购合同",
        record_title="【采购合同样张】鞋刷架采购合同（可直接填写）",
        date=None,
        notes="a contract template: 第N条 articles, ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日; "
        "an upload notice, a members' copy line between articles; no date",
        page="""
!m 文卷网 · 合同频道
!m 文卷网 > 合同范本 > 采购合同
!t 【采购合同样张】鞋刷架采购合同（可直接填写）
!m 更新：昨天　浏览：605　下载：37
!d 本范本由用户上传，仅供参考，签约前请结合实际修改并咨询专业人士。
{T}
{BODY}
!a 下载此合同（Word，可编辑）
!l 相关范本：清洁用品采购合同　｜　办公家具采购合同
!m 文卷网 wenjuanw.com　客服：0591-8753 2204
""",
        indent="",
        body="""
甲方（采购方）：××××＿＿＿＿
乙方（供货方）：××××＿＿＿＿
第一条　产品名称、规格和数量：不锈钢鞋刷架，规格××型，数量＿＿个，单价＿＿元，合计＿＿元。
第二条　质量要求：刷毛应耐磨、不易脱落，底座应防锈、防滑，符合国家有关标准。
⟦a 开通会员，全站合同范本免费复制⟧
第三条　交货时间和地点：乙方应于合同签订后＿＿日内将货物送至甲方指定地点。
第四条　验收：甲方应在收货后三日内验收，发现质量问题的，乙方负责免费更换。
第五条　付款方式：验收合格后＿＿日内，甲方一次性支付全部货款。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
＿＿年＿＿月＿＿日　　＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-jinyang-notice-entrance-shoe-racks-attachments",
        site="溍阳县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.jinyang.gov.cn/tzgg/202405/t20240509_9104.html",
        title="关于做好雨季校园出入口防滑和鞋刷架配置工作的通知",
        record_title="关于做好雨季校园出入口防滑和鞋刷架配置工作的通知_平安校园专栏_溍阳县教育体育局",
        date="2024-05-08",
        date_also=["2024-05-09"],
        notes="education bureau: 关怀版/读屏 links, attachment download links beside the notice's own 附件 list, "
        "a download sentence as content, the bureau's contact and mailbox beside the site's technical-support line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于做好雨季校园出入口防滑和鞋刷架配置工作的通知_平安校园专栏_溍阳县教育体育局</title>
<script src="/static/js/jyj.js"></script></head>
<body>
<div class="topline">⟦m 溍阳县教育体育局⟧ <a>⟦a 关怀版⟧</a> <a>⟦a 读屏⟧</a> <a>⟦a 简/繁⟧</a></div>
<nav>⟦m 首页⟧ ⟦m 机构概况⟧ ⟦m 通知公告⟧ ⟦m 教育动态⟧ ⟦m 办事指南⟧</nav>
<div class="pos">⟦m 位置：首页 » 通知公告⟧</div>
<div class="art"><h2>{T}</h2>
<p class="info">⟦m 发布日期：2024-05-09　信息来源：安全稳定股　点击数：633⟧</p>
<div class="txt">
{BODY}
</div>
<div class="fj"><p>⟦a 本文附件：⟧</p><p><a href="/u/2024/fj1.xlsx">⟦a 📎 附件1.xlsx（12KB）⟧</a></p><p><a href="/u/2024/fj2.docx">⟦a 📎 附件2.docx（20KB）⟧</a></p></div>
<div class="tools">⟦a 打印本文⟧ ⟦a 关闭⟧</div></div>
<footer>⟦m 溍阳县教育体育局主办⟧　⟦m 技术支持：溍阳云政科技　运维电话：0874-5206 7713⟧　⟦m 滇ICP备08003312号-7⟧</footer>
</body></html>
""",
        body="""
各中小学、幼儿园：
进入雨季，校园出入口、教学楼门厅地面湿滑，学生滑倒摔伤的风险加大。为切实保障师生安全，现就有关事项通知如下：
一、各校要在教学楼、食堂、宿舍出入口铺设防滑垫，并配置鞋刷架，引导学生进门刷净鞋底泥水。
二、鞋刷架应固定牢靠，刷毛完好，摆放位置不得妨碍人员疏散。
三、各校于5月20日前完成配置，并填报配置情况统计表。请各单位下载附件，按要求填写后报县教体局安全稳定股。
附件：1.校园出入口防滑设施配置情况统计表
2.鞋刷架配置参考规格
联系人：沬海燕　电话：0874-5201 3362　邮箱：jyaqg@jinyang-edu.cn
溍阳县教育体育局
2024年5月8日
""",
    ),
    dict(
        slug="edu-tingchuan-no2-plan-window-cleaning-decimal",
        site="渟川县第二中学 (invented, on the county education portal)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.tcjy.net/school/tc2z/2024/0226/1133.html",
        title="渟川县第二中学教室玻璃清洁安全工作方案",
        date="2024-02-26",
        notes="the record's title as is; decimal headings 1 / 1.1 / 2.1 …; a collect/print row and a scan line; "
        "成文日期 under the signature",
        page="""
!m 渟川教育网
!m 首页 › 学校动态 › 渟川二中
{T}
!m 作者：政教处　来源：渟川县第二中学　更新时间：一周前
!a 【收藏】【打印】【关闭】
{BODY}
!a 扫码在手机上查看本页
!l 上一篇：渟川二中开学安全检查工作安排
!l 下一篇：渟川二中春季运动会秩序册
!m 渟川教育网　主办：渟川县教育局　电话：0871-6710 4402
""",
        indent="",
        body="""
为保障师生在教室玻璃清洁中的安全，结合我校实际，制定本方案。
1 工作要求
1.1 三楼及以上教室的外侧玻璃一律不安排学生擦拭，由学校委托专业保洁公司每学期清洁两次。
1.2 学生擦拭内侧玻璃时，须使用长柄擦窗器，严禁站上窗台或探身窗外。
2 工具配置
2.1 总务处为每个教室配备长柄擦窗器1把、刮水器1把，由班级劳动委员保管。
2.2 工具损坏的，由班主任报总务处登记更换。
3 检查与责任
3.1 政教处每周五下午对大扫除进行巡查，发现攀爬窗台的及时制止并通报。
3.2 因违反本方案造成安全事故的，依规追究相关人员责任。
渟川县第二中学
2024年2月26日
""",
    ),
    dict(
        slug="intranet-keshan-rules-seal-boxes-oa",
        site="砢山建工集团协同办公平台 (invented intranet)",
        style="企业内网",
        genre="制度",
        kind="other",
        form="html",
        source="http://oa.keshanjg.local/doc/view.do?id=20240416",
        title="公司印章使用与保管规定",
        record_title="〔新规上线〕公司印章使用与保管规定 - 砢山建工协同办公平台",
        date=None,
        notes="an OA document view: 流转记录, read count, a confirm-read button; a rule whose articles speak of "
        "扫码 and 打印; only an effective clause and a relative update time (no date)",
        page="""
<html><head><meta charset="utf-8"><title>〔新规上线〕公司印章使用与保管规定 - 砢山建工协同办公平台</title>
<script src="/oa/js/seeyon.min.js"></script></head>
<body>
<div class="oa-head">⟦m 砢山建工集团协同办公平台⟧ ⟦m 当前用户：隗文杰（综合办）⟧ <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办⟧ ⟦m 公文⟧ ⟦m 制度库⟧ ⟦m 通讯录⟧</div>
<div class="doc-view"><h2>{T}</h2>
<p class="doc-attr">⟦m 发文部门：综合办公室　密级：内部　更新于 昨天 16:20　已阅 318 人⟧</p>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 拟稿：综合办 沬宁 → 审核：法务部 隗峰 → 签发：总经理 沬国栋⟧</p></div>
<button>⟦a 确认已读⟧</button> <button>⟦a 转给部门同事⟧</button></div>
<div class="oa-foot">⟦m 信息中心运维：分机 8023⟧ ⟦d 内部资料，严禁外传⟧</div>
</body></html>
""",
        body="""
第一条　为规范公司印章管理，防范用印风险，制定本规定。
第二条　公司公章、合同专用章、财务专用章由综合办公室统一保管，存放于带密码锁的智能印章盒内，实行专人专管。
第三条　用印须在协同办公平台提交申请，写明用印事由、文件名称和份数，经部门负责人和分管领导审批。
第四条　审批通过后，经办人到综合办公室扫码开启智能印章盒，印章管理员现场监印。
第五条　印章原则上不得带出公司；确需外带的，须两人同行，并在当日归还放回印章盒。
第六条　综合办公室每月打印一次用印记录，与审批单核对后归档。
第七条　本规定自印发之日起施行。
""",
    ),
    dict(
        slug="intranet-zhihua-minutes-yarn-ball-winding",
        site="榰华毛纺公司内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://10.16.2.8/news/detail?id=5530",
        title="关于毛线球绕线工序质量问题的专题会议纪要",
        record_title="关于毛线球绕线工序质量问题的专题会议纪要（生产部）- 榰华内网",
        date="2024-07-16",
        date_also=["2024-07-18"],
        notes="intranet minutes: 时间/地点/主持/参会/记录 lines, numbered decisions, a vote count; "
        "the posting date differs from the meeting date; IT-desk extension beside the minutes' contact",
        page="""
!m 榰华毛纺 · 企业内网
!m 公司公告　|　生产动态　|　规章制度　|　通讯录
{T}
!m 发布人：生产部 沬丽　发布日期：2024-07-18　阅读 142
!a 〖下载附件〗〖打印〗〖返回列表〗
{BODY}
!m 内网维护：信息科 分机 6001
!d 本页内容仅限公司内部传阅
""",
        indent="\u3000\u3000",
        body="""
时间：2024年7月16日下午3时
地点：公司二楼会议室
主持：隗立新（副总经理）
参会：生产部、质检部、绕线车间、包装车间负责人
记录：沬丽
会议听取了质检部关于6月份毛线球外观不合格情况的通报。6月共抽检毛线球3200个，其中松紧不匀、线头外露的有176个，不合格率5.5%，主要集中在绕线二班。
会议议定：
一、绕线车间7月底前完成3台绕线机张力器的检修更换；
二、质检部将毛线球松紧度检查由每班一次改为每两小时一次；
三、对绕线二班操作工开展专项培训，考核合格后上岗。
以上事项经参会人员表决，同意7票，反对0票。
联系人：沬丽，分机6218。
""",
    ),
]
